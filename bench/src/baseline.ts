import pg from "pg";

/**
 * The baseline: an exporter written the way public samples do it. It lists the users (and teams), then
 * walks each one's getAllMessages page by page following @odata.nextLink, one target after another (or a
 * small fixed number at once), sleeps a fixed 5 s on a 429 or a 5xx and tries again, and stores every
 * message with its own INSERT into a table of its own, in the same database as Capstan's.
 * It makes no attempt to be fast or clever: it is the yardstick, not a straw man (no artificial delays).
 */

export interface BaselineOptions {
  graphUrl: string;
  identityUrl: string;
  /** The Entra (simulator) tenant id. */
  tenantId: string;
  clientId: string;
  clientSecret: string;
  databaseUrl: string;
  /** Targets walked at once (1 = the plain loop of the samples). */
  concurrency?: number;
  /** Fixed sleep after a 429 or a 5xx, ms. */
  backoffMs?: number;
  /** Stops after this long (between pages); the result then says `completed: false`. */
  budgetMs: number;
  pageSize?: number;
}

export interface BaselineResult {
  completed: boolean;
  elapsedMs: number;
  concurrency: number;
  targets: number;
  targetsDone: number;
  requests: number;
  pages: number;
  /** Messages received from Graph (each chat message once per participant, like Capstan's "seen"). */
  messages: number;
  rowsInserted: number;
  throttled: number;
  serverErrors: number;
  messagesPerSecond: number;
}

export const BASELINE_TABLE = "baseline_messages";

export async function runBaseline(o: BaselineOptions): Promise<BaselineResult> {
  const concurrency = o.concurrency ?? 1;
  const backoffMs = o.backoffMs ?? 5000;
  const started = performance.now();
  const deadline = started + o.budgetMs;
  const stats = {
    requests: 0,
    pages: 0,
    messages: 0,
    rows: 0,
    throttled: 0,
    serverErrors: 0,
    targetsDone: 0,
  };

  const setup = new pg.Client({ connectionString: o.databaseUrl });
  await setup.connect();
  await setup.query(
    `CREATE TABLE IF NOT EXISTS ${BASELINE_TABLE} (
       id bigserial PRIMARY KEY, tenant_id text NOT NULL, target_id text NOT NULL,
       message_id text NOT NULL, etag text, body jsonb NOT NULL, stored_at timestamptz NOT NULL DEFAULT now())`,
  );
  await setup.end();

  let token: { value: string; expiresAt: number } | null = null;
  async function accessToken(): Promise<string> {
    if (token && token.expiresAt > Date.now() + 60_000) return token.value;
    const res = await fetch(`${o.identityUrl}/${o.tenantId}/oauth2/v2.0/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: o.clientId,
        client_secret: o.clientSecret,
        scope: "https://graph.microsoft.com/.default",
      }),
    });
    if (!res.ok) throw new Error(`token: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    token = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return token.value;
  }

  async function get<T>(url: string): Promise<T> {
    for (;;) {
      stats.requests++;
      const res = await fetch(url, { headers: { authorization: `Bearer ${await accessToken()}` } });
      if (res.ok) return (await res.json()) as T;
      await res.arrayBuffer().catch(() => undefined);
      if (res.status === 401) {
        token = null;
        continue;
      }
      if (res.status === 429 || res.status >= 500) {
        if (res.status === 429) stats.throttled++;
        else stats.serverErrors++;
        await new Promise((r) => setTimeout(r, backoffMs));
        continue;
      }
      throw new Error(`GET ${url}: ${res.status}`);
    }
  }

  async function listAll(first: string): Promise<string[]> {
    const ids: string[] = [];
    let next: string | undefined = first;
    while (next) {
      const page: { value: { id: string }[]; "@odata.nextLink"?: string } = await get(next);
      ids.push(...page.value.map((v) => v.id));
      next = page["@odata.nextLink"];
    }
    return ids;
  }

  const g = `${o.graphUrl}/v1.0`;
  const top = o.pageSize ?? 50;
  const users = await listAll(`${g}/users?$select=id&$top=999`);
  const teams = await listAll(
    `${g}/groups?$filter=${encodeURIComponent("resourceProvisioningOptions/Any(x:x eq 'Team')")}&$select=id`,
  );
  const targets = [
    ...users.map((id) => ({ id, url: `${g}/users/${id}/chats/getAllMessages?$top=${top}` })),
    ...teams.map((id) => ({ id, url: `${g}/teams/${id}/channels/getAllMessages?$top=${top}` })),
  ];

  let nextTarget = 0;
  let outOfTime = false;
  async function loop(): Promise<void> {
    const db = new pg.Client({ connectionString: o.databaseUrl });
    await db.connect();
    try {
      while (!outOfTime && nextTarget < targets.length) {
        const target = targets[nextTarget++]!;
        let next: string | undefined = target.url;
        while (next) {
          if (performance.now() > deadline) {
            outOfTime = true;
            return;
          }
          const page: { value: { id: string; etag?: string }[]; "@odata.nextLink"?: string } =
            await get(next);
          stats.pages++;
          for (const message of page.value) {
            stats.messages++;
            await db.query(
              `INSERT INTO ${BASELINE_TABLE} (tenant_id, target_id, message_id, etag, body) VALUES ($1, $2, $3, $4, $5)`,
              [o.tenantId, target.id, message.id, message.etag ?? null, JSON.stringify(message)],
            );
            stats.rows++;
          }
          next = page["@odata.nextLink"];
        }
        stats.targetsDone++;
      }
    } finally {
      await db.end();
    }
  }
  await Promise.all(Array.from({ length: concurrency }, () => loop()));
  const elapsedMs = performance.now() - started;
  return {
    completed: !outOfTime,
    elapsedMs,
    concurrency,
    targets: targets.length,
    targetsDone: stats.targetsDone,
    requests: stats.requests,
    pages: stats.pages,
    messages: stats.messages,
    rowsInserted: stats.rows,
    throttled: stats.throttled,
    serverErrors: stats.serverErrors,
    messagesPerSecond: stats.messages / (elapsedMs / 1000),
  };
}

/** Rows the baseline stored so far (for the sampler). */
export async function baselineRows(pool: pg.Pool): Promise<number> {
  const r = await pool
    .query<{ n: string }>(`SELECT count(*) AS n FROM ${BASELINE_TABLE}`)
    .catch(() => ({ rows: [{ n: "0" }] }));
  return Number(r.rows[0]?.n ?? 0);
}
