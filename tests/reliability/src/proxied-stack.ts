import type { Config } from "@capstan/config";
import { teardown } from "@capstan/testing";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../../apps/api/src/app";
import { createHarness, type Harness } from "../../../apps/worker/test/helpers";
import { hostPortOf, TcpProxy } from "./proxy";

/** A harness and an API whose PostgreSQL or Redis is reached through a proxy the test cuts and restores. */
export interface ProxiedStack {
  h: Harness;
  proxy: TcpProxy;
  /** The proxied service's URL, for workers and clients that should see the outages too. */
  proxiedUrl: string;
  app: FastifyInstance;
  /** Authorization header of an API key with every scope, for the harness's account. */
  auth: { authorization: string };
  close(): Promise<void>;
}

const SERVICES = {
  postgres: { setting: "DATABASE_URL", url: (h: Harness) => h.env.databaseUrl, port: 5432 },
  redis: { setting: "REDIS_URL", url: (h: Harness) => h.env.redisUrl, port: 6379 },
} as const;

export async function startBehindProxy(
  service: keyof typeof SERVICES,
  apiConfig: Partial<Config> = {},
): Promise<ProxiedStack> {
  const { setting, url, port } = SERVICES[service];
  const h = await createHarness({}, { TASK_BACKOFF_MS: "200", RECONCILE_INTERVAL_MS: "500" });
  const proxy = new TcpProxy(hostPortOf(url(h), port));
  await proxy.start();
  const proxiedUrl = proxy.urlFor(url(h));
  const app = await buildApp({
    config: { ...h.config, ...apiConfig, [setting]: proxiedUrl },
    logger: false,
  });
  await app.ready();
  const key = await app.accountsRepository.createKey(
    h.accountId,
    { scopes: ["read", "write", "admin"] },
    "test",
  );
  return {
    h,
    proxy,
    proxiedUrl,
    app,
    auth: { authorization: `Bearer ${key.key}` },
    close: () =>
      teardown([
        ["api", () => app.close()],
        ["harness", () => h.close()],
        ["proxy", () => proxy.close()],
      ]),
  };
}
