import { randomBytes } from "node:crypto";
import path from "node:path";
import { DEMO_APP } from "@capstan/graph-sim";
import pg from "pg";
import { type BenchDatabase, createBenchDatabase } from "./env";
import { type Child, freePort, startNode, waitForHttp } from "./processes";
import type { SimProcess } from "./sim";

export interface StackOptions {
  label: string;
  workers: number;
  /** Environment of the workers (and the API): WORKER_CONCURRENCY, RATE_LIMIT_*, … */
  env?: Record<string, string>;
  logDir: string;
  /** Extra node options of the worker processes (e.g. --cpu-prof). */
  workerNodeArgs?: string[];
  /** Export options every export of this stack gets over the scenario's (e.g. --context true). */
  exportOverrides?: Record<string, unknown>;
}

export interface ExportView {
  id: string;
  tenantId: string;
  status: string;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  progress: {
    tasksTotal: number;
    tasksDone: number;
    pagesFetched: number;
    messagesSeen: number;
    messagesStored: number;
    versionsNew: number;
    waitedMs: number;
  };
}

export interface OnboardedTenant {
  /** Capstan's tenant id. */
  id: string;
  /** The simulator's (Entra) tenant id. */
  entraTenantId: string;
  name: string;
}

/**
 * One Capstan deployment: a fresh database and Redis prefix, the real API and N worker processes, pointed
 * at the simulator. Exports are created the way an ISV does: an API key from the ops routes, the tenant
 * onboarded through admin consent, POST /v1/tenants/{id}/exports.
 */
export class Stack {
  readonly workers: Child[] = [];
  api!: Child;
  apiUrl!: string;
  db!: BenchDatabase;
  pool!: pg.Pool;
  private apiKey = "";
  private readonly onboarded: OnboardedTenant[] = [];
  private failed: string | null = null;

  private constructor(
    private readonly sim: SimProcess,
    private readonly options: StackOptions,
  ) {}

  static async start(sim: SimProcess, options: StackOptions): Promise<Stack> {
    const stack = new Stack(sim, options);
    try {
      await stack.boot();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  /** Set when a process of the stack died: scenarios check it while they wait. */
  get failure(): string | null {
    return this.failed;
  }

  private async boot(): Promise<void> {
    const { options, sim } = this;
    this.db = await createBenchDatabase(options.label);
    this.pool = new pg.Pool({ connectionString: this.db.databaseUrl, max: 2 });
    // pool.end() resolves before idle sockets are closed; the DROP … WITH (FORCE) that follows then
    // terminates them, which must not crash the bench.
    this.pool.on("error", () => {});
    const apiPort = await freePort();
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
    const opsToken = `bench-ops-${randomBytes(12).toString("hex")}`;
    const env: Record<string, string> = {
      NODE_ENV: "production",
      DATABASE_URL: this.db.databaseUrl,
      REDIS_URL: this.db.redisUrl,
      REDIS_PREFIX: this.db.redisPrefix,
      GRAPH_BASE_URL: sim.url,
      IDENTITY_BASE_URL: sim.url,
      AZURE_CLIENT_ID: DEMO_APP.clientId,
      AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
      API_HOST: "127.0.0.1",
      API_PORT: String(apiPort),
      PUBLIC_BASE_URL: this.apiUrl,
      OPS_TOKEN: opsToken,
      // The bench polls the API; its per-key limit is not what is measured.
      API_RATE_LIMIT_MAX: "1000000",
      // Required in production; any 32 bytes do for a bench.
      WEBHOOK_SECRET_KEY: randomBytes(32).toString("hex"),
      ARCHIVE_SIGNING_KEY: randomBytes(32).toString("hex"),
      LOG_LEVEL: "info",
      ...(options.env ?? {}),
    };
    const died = (name: string, code: number | null, signal: string | null) => {
      this.failed ??= `${name} exited unexpectedly (${signal ?? code})`;
    };
    this.api = startNode(
      `${options.label}-api`,
      path.join("apps", "api", "src", "main.ts"),
      env,
      options.logDir,
      died,
    );
    for (let i = 0; i < options.workers; i++) {
      this.workers.push(
        startNode(
          `${options.label}-worker${i + 1}`,
          path.join("apps", "worker", "src", "main.ts"),
          env,
          options.logDir,
          died,
          options.workerNodeArgs ?? [],
        ),
      );
    }
    await Promise.all([
      waitForHttp(`${this.apiUrl}/healthz`, "the API"),
      ...this.workers.map((w) => w.waitForLine(/worker started/)),
    ]);

    const account = await this.call<{ id: string }>(
      "POST",
      "/ops/v1/accounts",
      { name: "Bench ISV" },
      opsToken,
    );
    const key = await this.call<{ key: string }>(
      "POST",
      `/ops/v1/accounts/${account.id}/keys`,
      { name: "bench", scopes: ["read", "write", "admin"] },
      opsToken,
    );
    this.apiKey = key.key;
  }

  private async call<T>(method: string, route: string, body?: unknown, opsToken?: string): Promise<T> {
    const headers: Record<string, string> = opsToken
      ? { "x-ops-token": opsToken }
      : { authorization: `Bearer ${this.apiKey}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(`${this.apiUrl}${route}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`API ${method} ${route}: ${res.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  /** Any API call with the stack's key (scenarios beyond exports: live capture, …). */
  request<T>(method: string, route: string, body?: unknown): Promise<T> {
    return this.call<T>(method, route, body);
  }

  /** Onboards a simulator tenant: POST /v1/tenants, the admin's consent at "Microsoft", our callback. */
  async onboard(simTenant: { id: string; name: string }): Promise<OnboardedTenant> {
    const created = await this.call<{ id: string; consentUrl: string }>("POST", "/v1/tenants", {
      model: "B",
      displayName: simTenant.name,
    });
    await this.sim.setNextConsentTenant(simTenant.id);
    const consent = await fetch(created.consentUrl, { redirect: "manual" });
    const location = consent.headers.get("location");
    if (consent.status !== 302 || !location) throw new Error(`admin consent answered ${consent.status}`);
    const callback = await fetch(location, { redirect: "manual" });
    if (callback.status >= 400) {
      throw new Error(
        `consent callback answered ${callback.status}: ${(await callback.text()).slice(0, 300)}`,
      );
    }
    const tenant = await this.call<{ status: string; entraTenantId: string | null }>(
      "GET",
      `/v1/tenants/${created.id}`,
    );
    if (tenant.status !== "active" || tenant.entraTenantId !== simTenant.id) {
      throw new Error(`tenant ${simTenant.name} is ${tenant.status} after consent`);
    }
    const out = { id: created.id, entraTenantId: simTenant.id, name: simTenant.name };
    this.onboarded.push(out);
    return out;
  }

  /** Entra ids of the tenants onboarded so far. */
  tenantIds(): string[] {
    return this.onboarded.map((t) => t.entraTenantId);
  }

  /** Starts a whole-tenant export (users' chats and teams' channels). */
  async startExport(tenant: OnboardedTenant, options: Record<string, unknown> = {}): Promise<ExportView> {
    return this.call("POST", `/v1/tenants/${tenant.id}/exports`, {
      scope: "tenant",
      options: { ...options, ...this.options.exportOverrides },
    });
  }

  /** Starts an export of any scope (`{scope: "team", teamId, options}` …). */
  async startScopedExport(tenant: OnboardedTenant, body: Record<string, unknown>): Promise<ExportView> {
    const options = {
      ...(body.options as Record<string, unknown> | undefined),
      ...this.options.exportOverrides,
    };
    return this.call("POST", `/v1/tenants/${tenant.id}/exports`, { ...body, options });
  }

  async cancelExport(id: string): Promise<void> {
    await this.call("POST", `/v1/exports/${id}/cancel`, {});
  }

  getExport(id: string): Promise<ExportView> {
    return this.call("GET", `/v1/exports/${id}`);
  }

  /**
   * Polls the API until the export ends. An export still running after `timeoutMs` is cancelled and
   * returned as it stood (status "cancelled", `timedOut` set); a failed one throws, as does a dead process.
   */
  async waitForExport(
    id: string,
    timeoutMs: number,
    intervalMs = 250,
  ): Promise<ExportView & { timedOut: boolean }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.failed) throw new Error(this.failed);
      const view = await this.getExport(id);
      if (view.status === "completed") return { ...view, timedOut: false };
      if (view.status === "failed" || view.status === "cancelled") {
        throw new Error(`export ${id} ${view.status}: ${view.error}`);
      }
      if (Date.now() > deadline) {
        await this.cancelExport(id);
        const stopped = await this.getExport(id);
        return { ...stopped, finishedAt: stopped.finishedAt ?? new Date().toISOString(), timedOut: true };
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }

  /** Export duration as Capstan recorded it: created (the API accepted it) to finished. */
  static durationMs(view: ExportView): number {
    return new Date(view.finishedAt as string).getTime() - new Date(view.createdAt).getTime();
  }

  /** Tasks that did not complete (dead, failed, paused): a benchmark export must have none. */
  async unfinishedTasks(): Promise<{ status: string; n: number; error: string | null }[]> {
    const r = await this.pool.query<{ status: string; n: string; error: string | null }>(
      `SELECT status::text, count(*) AS n, min(error) AS error FROM export_tasks
       WHERE status::text NOT IN ('completed', 'skipped') GROUP BY status`,
    );
    return r.rows.map((x) => ({ status: x.status, n: Number(x.n), error: x.error }));
  }

  /** Distinct message versions stored for a tenant, as "container|message|etag" keys. */
  async storedVersionKeys(tenantId: string): Promise<Set<string>> {
    const r = await this.pool.query<{ k: string }>(
      "SELECT container_id || '|' || message_id || '|' || etag AS k FROM message_versions WHERE tenant_id = $1",
      [tenantId],
    );
    return new Set(r.rows.map((x) => x.k));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.workers.map((w) => w.stop()), this.api?.stop()]);
    await this.pool?.end().catch(() => {});
    await this.db?.cleanup();
  }
}
