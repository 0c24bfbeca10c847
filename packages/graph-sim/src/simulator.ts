import { randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance } from "fastify";
import type { SimContext } from "./context";
import { SimControl } from "./control";
import { registerControlRoutes } from "./control-routes";
import { registerGraphRoutes } from "./graph";
import { rewriteCloudHost } from "./hosts";
import { registerIdentityRoutes } from "./identity";
import { SimState } from "./state";
import { registerSubscriptionRoutes, SubscriptionHub } from "./subscriptions";
import { createSigningKeys, TokenVerifier } from "./tokens";
import type { FaultPatch, LimitsConfig, QuirksConfig } from "./types";

export interface SimulatorOptions {
  /** Seed of all generated data and fault decisions (default 1). */
  seed?: number;
  /** Clock (default: real time). */
  now?: () => Date;
  /** Fastify request logging (default false). */
  logger?: boolean;
  /** Global throttle defaults (tenants may override perAppTenantRps / team settings). */
  limits?: Partial<LimitsConfig>;
  /** Global fault defaults (tenants may override). */
  faults?: FaultPatch;
  /** Global quirk defaults (tenants may override): Graph behaviour only public threads report. */
  quirks?: Partial<QuirksConfig>;
  /** Shorthand for faults.latency: fixed ms and jitter ms on every Graph request. */
  latencyMs?: number;
  jitterMs?: number;
  /** Generated history ends here (default: today 00:00 UTC per `now`). */
  anchor?: Date;
  /** Create the "contoso" demo tenant (default true). */
  demoTenant?: boolean;
}

export interface ListenOptions {
  port?: number;
  host?: string;
}

export interface Simulator {
  /** Start serving; resolves to the base URL, e.g. "http://127.0.0.1:4010". */
  listen(opts?: ListenOptions): Promise<string>;
  /** Base URL once listening, else null. */
  readonly url: string | null;
  readonly control: SimControl;
  /** Change-notification subscriptions and their deliveries. */
  readonly subscriptions: SubscriptionHub;
  /** The underlying Fastify instance (for inject() in tests). */
  readonly server: FastifyInstance;
  close(): Promise<void>;
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const faults: FaultPatch = { ...(options.faults ?? {}) };
  if (options.latencyMs !== undefined || options.jitterMs !== undefined) {
    faults.latency = {
      ...(faults.latency ?? {}),
      ...(options.latencyMs !== undefined ? { ms: options.latencyMs } : {}),
      ...(options.jitterMs !== undefined ? { jitterMs: options.jitterMs } : {}),
    };
  }
  const state = new SimState({
    seed: options.seed ?? 1,
    now: options.now ?? (() => new Date()),
    ...(options.limits ? { limits: options.limits } : {}),
    faults,
    ...(options.quirks ? { quirks: options.quirks } : {}),
    ...(options.anchor ? { anchor: options.anchor } : {}),
    ...(options.demoTenant !== undefined ? { demoTenant: options.demoTenant } : {}),
  });
  const keys = await createSigningKeys();
  const hung = new Set<Socket>();
  const ctx: SimContext = { state, keys, verifier: new TokenVerifier(keys), hung, logger: !!options.logger };

  const server = Fastify({
    logger: !!options.logger,
    forceCloseConnections: true,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { maxParamLength: 2000 },
    // National clouds: /graph.microsoft.us/v1.0/… answers as https://graph.microsoft.us (see hosts.ts).
    rewriteUrl: (req) => rewriteCloudHost(req),
  });
  await server.register(formbody);
  let url: string | null = null;
  const control = new SimControl(state, () => url);
  // Graph-shaped bodies for unknown Graph routes and framework errors (bad JSON, unsupported media type).
  const graphBody = (code: string, message: string, requestId: string) =>
    JSON.stringify({
      error: {
        code,
        message,
        innerError: {
          date: new Date(state.now()).toISOString().slice(0, 19),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    });
  server.setNotFoundHandler((req, reply) => {
    if (!req.url.startsWith("/v1.0/"))
      return reply.code(404).send({ error: `no route ${req.method} ${req.url.split("?")[0]}` });
    const id = randomUUID();
    return reply
      .code(400)
      .header("request-id", id)
      .header("content-type", "application/json")
      .send(
        graphBody(
          "BadRequest",
          `Resource not found for the segment '${req.url.split("?")[0]!.split("/").pop()}'.`,
          id,
        ),
      );
  });
  server.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (!req.url.startsWith("/v1.0/")) return reply.code(status).send({ error: err.message });
    const id = randomUUID();
    return reply
      .code(status)
      .header("request-id", id)
      .header("content-type", "application/json")
      .send(graphBody(status === 500 ? "InternalServerError" : "BadRequest", err.message, id));
  });
  registerIdentityRoutes(server, ctx);
  registerGraphRoutes(server, ctx);
  registerControlRoutes(server, control);
  const subscriptions = new SubscriptionHub(ctx);
  registerSubscriptionRoutes(server, ctx, subscriptions);
  await server.ready();

  return {
    async listen(opts: ListenOptions = {}) {
      const host = opts.host ?? "127.0.0.1";
      await server.listen({ port: opts.port ?? 0, host });
      const addr = server.server.address();
      const port = typeof addr === "object" && addr ? addr.port : opts.port;
      url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
      return url;
    },
    get url() {
      return url;
    },
    control,
    subscriptions,
    server,
    async close() {
      subscriptions.close();
      for (const s of hung) s.destroy();
      hung.clear();
      await server.close();
      url = null;
    },
  };
}
