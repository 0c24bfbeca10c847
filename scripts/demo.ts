/**
 * Capstan end to end on one machine: real PostgreSQL and Redis, the Graph simulator, the API and a worker
 * as separate processes. Onboards the simulator's demo tenant through admin consent, exports one user's
 * chats, checks the result against the simulator's ground truth and the rows in Postgres, then stops. The
 * ISV's side talks to the API through @capstan/client, as an integration would.
 */
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import {
  type CapstanApi,
  createCapstanClient,
  onboardTenant,
  rateLimitOf,
  readConsentReturn,
  tenantMessages,
  unwrap,
  waitForExport,
} from "@capstan/client";
import { DEMO_APP, DEMO_TENANT } from "@capstan/graph-sim";
import {
  migrateDeploy,
  REPO_ROOT,
  resolveServices,
  ServicesUnavailableError,
  withDatabase,
} from "@capstan/testing";
import pg from "pg";

const children: ChildProcess[] = [];
const say = (line: string) => process.stdout.write(`${line}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function start(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.once("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} stopped unexpectedly (${signal ?? code})\n${stderr}\n`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not come up at ${url}`);
}

let stopping = false;
async function shutdown(code: number): Promise<never> {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r)))),
  );
  process.exit(code);
}

async function json<T>(response: Response): Promise<T> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${body}`);
  return JSON.parse(body) as T;
}

async function main() {
  const started = Date.now();
  say("Capstan demo");
  const services = await resolveServices();
  say(`› PostgreSQL and Redis: ${services.source}`);

  // A fresh database each run, migrated exactly as production is.
  const admin = new pg.Client({ connectionString: withDatabase(services.databaseUrl, "postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS capstan_demo WITH (FORCE)");
  await admin.query("CREATE DATABASE capstan_demo");
  await admin.end();
  const databaseUrl = withDatabase(services.databaseUrl, "capstan_demo");
  migrateDeploy(databaseUrl);
  say("› database capstan_demo created and migrated (prisma migrate deploy)");

  const [simPort, apiPort] = await Promise.all([freePort(), freePort()]);
  const simUrl = `http://127.0.0.1:${simPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const opsToken = `demo-ops-${Math.random().toString(36).slice(2)}`;
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: `capstan-demo-${Date.now().toString(36)}`,
    GRAPH_BASE_URL: simUrl,
    IDENTITY_BASE_URL: simUrl,
    AZURE_CLIENT_ID: DEMO_APP.clientId,
    AZURE_CLIENT_SECRET: DEMO_APP.clientSecret,
    API_PORT: String(apiPort),
    PUBLIC_BASE_URL: apiUrl,
    OPS_TOKEN: opsToken,
    LOG_LEVEL: "warn",
    METRICS_PORT: "0",
    PORT: String(simPort),
    HOST: "127.0.0.1",
    SIM_LATENCY_MS: "20",
  };

  start("graph simulator", path.join("apps", "graph-sim", "src", "main.ts"), env);
  await waitFor(`${simUrl}/_sim/health`, "the graph simulator");
  say(`› graph simulator on ${simUrl} (tenant ${DEMO_TENANT.name}, app ${DEMO_APP.clientId})`);
  start("api", path.join("apps", "api", "src", "main.ts"), env);
  start("worker", path.join("apps", "worker", "src", "main.ts"), env);
  await waitFor(`${apiUrl}/healthz`, "the API");
  say(`› API on ${apiUrl} (docs at ${apiUrl}/docs), worker started`);

  const { client, tenantId } = await onboard(apiUrl, opsToken);

  const exportStarted = Date.now();
  const userExport = { scope: "user" as const, userId: DEMO_TENANT.demoUserId };
  const created = unwrap(
    await client.POST("/v1/tenants/{tenantId}/exports", { params: { path: { tenantId } }, body: userExport }),
  );
  const view = await waitForExport(client, created.id, { intervalMs: 100 });
  const seconds = ((Date.now() - exportStarted) / 1000).toFixed(2);
  if (view.status !== "completed") throw new Error(`export ${view.status}: ${view.error}`);
  say(
    `› exported user ${DEMO_TENANT.demoUserPrincipalName}: ${view.progress.messagesStored} messages stored ` +
      `in ${seconds} s (${view.progress.pagesFetched} Graph pages)`,
  );

  const truth = await json<{ counts: { current: number } }>(
    await fetch(
      `${simUrl}/_sim/tenants/${DEMO_TENANT.tenantId}/ground-truth?userId=${DEMO_TENANT.demoUserId}`,
    ),
  );
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const rows = Number(
    (await db.query("SELECT count(*) AS n FROM message_versions WHERE tenant_id = $1", [tenantId])).rows[0].n,
  );
  await db.end();
  const ok = truth.counts.current === view.progress.messagesStored && rows === truth.counts.current;
  say(
    `› check: the simulator holds ${truth.counts.current} messages for this user; Capstan stored ` +
      `${view.progress.messagesStored}; Postgres has ${rows} rows ${ok ? "✓" : "✗"}`,
  );

  // The archive as an ISV reads it: cursor pages, followed by the client.
  let archived = 0;
  for await (const _message of tenantMessages(client, tenantId, { limit: 500 })) archived++;
  const readOk = archived === truth.counts.current;
  say(`› archive read back over the API: ${archived} messages ${readOk ? "✓" : "✗"}`);

  // The same export again stores nothing twice.
  const again = unwrap(
    await client.POST("/v1/tenants/{tenantId}/exports", { params: { path: { tenantId } }, body: userExport }),
  );
  const second = await waitForExport(client, again.id, { intervalMs: 100 });
  const rerunOk = second.status === "completed" && second.progress.versionsNew === 0;
  say(`› re-run: ${second.progress.versionsNew} new versions stored ${rerunOk ? "✓" : "✗"}`);
  const { response } = await client.GET("/v1/account");
  const limit = rateLimitOf(response.headers);
  if (limit)
    say(`› rate limit "${limit.policy}": ${limit.remaining} of ${limit.quota} requests left this window`);
  say(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await shutdown(ok && readOk && rerunOk ? 0 : 1);
}

/**
 * Operator creates an account and key (ops API, plain HTTP: operators are not ISVs); the ISV onboards the
 * tenant through admin consent with the client.
 */
async function onboard(apiUrl: string, opsToken: string): Promise<{ client: CapstanApi; tenantId: string }> {
  const ops = { authorization: `Bearer ${opsToken}`, "content-type": "application/json" };
  const account = await json<{ id: string; name: string }>(
    await fetch(`${apiUrl}/ops/v1/accounts`, {
      method: "POST",
      headers: ops,
      body: JSON.stringify({ name: "Demo ISV" }),
    }),
  );
  const key = await json<{ key: string; prefix: string }>(
    await fetch(`${apiUrl}/ops/v1/accounts/${account.id}/keys`, {
      method: "POST",
      headers: ops,
      body: JSON.stringify({ name: "demo", scopes: ["read", "write", "admin"] }),
    }),
  );
  say(`› operator created account "${account.name}" and API key ${key.prefix}… (ops API)`);

  const client = createCapstanClient({ baseUrl: apiUrl, apiKey: key.key });
  const tenant = await onboardTenant(
    client,
    { model: "B", displayName: DEMO_TENANT.name, returnUrl: "https://isv.example/capstan/consent-done" },
    "demo-onboarding",
  );
  // The customer's admin opens the consent URL (fetch plays the browser): Microsoft's consent page (the
  // simulator) redirects to Capstan's callback, which proves the consent with a token from MSAL and sends
  // the browser back to the ISV's returnUrl.
  const consent = await fetch(tenant.consentUrl, { redirect: "manual" });
  const callback = consent.headers.get("location");
  if (consent.status !== 302 || !callback) throw new Error(`admin consent answered ${consent.status}`);
  const answer = await fetch(callback, { redirect: "manual" });
  const back = readConsentReturn(answer.headers.get("location") ?? callback);
  if (back.outcome !== "active") throw new Error(`consent failed: ${back.code}`);
  const onboarded = unwrap(
    await client.GET("/v1/tenants/{tenantId}", { params: { path: { tenantId: back.tenantId } } }),
  );
  say(
    `› tenant ${DEMO_TENANT.name} onboarded through admin consent: ${onboarded.status} ` +
      `(Entra tenant ${onboarded.entraTenantId}, token from MSAL)`,
  );
  return { client, tenantId: onboarded.id };
}

main().catch(async (error) => {
  if (error instanceof ServicesUnavailableError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`demo failed: ${(error as Error).message}\n`);
  await shutdown(1);
});
