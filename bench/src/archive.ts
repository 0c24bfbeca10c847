/**
 * Archive benchmark: search latency on a large tenant through the real API, and what the ledger trigger
 * and the generated search tsvector cost the page store.
 *
 *   pnpm --filter @capstan/bench archive [-- --messages 1000000 --queries 40 --pages 60 --keep true]
 *
 * 1. Store cost: storeMessagePage (the engine's page path) on 50-message pages of new versions, alternating
 *    three schemas of the same fresh database: full (ledger trigger + search column), ledger only, bare.
 * 2. Search: a tenant of --messages messages (10 % edited once: two versions) in 2,000 chats from 500
 *    senders, bodies of 12–27 words drawn Zipf-like from a 20,000-word vocabulary, 5 % with an attachment;
 *    generated in SQL through the same trigger and generated column, then queried over HTTP by the real API
 *    process, sequentially, --queries times per kind. Writes bench/results/archive-<time>/report.{json,md}.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type GraphChatMessage, storeMessagePage } from "@capstan/db";
import pg from "pg";
import { createBenchDatabase } from "./env";
import { cpuSeconds, freePort, startNode, waitForHttp } from "./processes";
import { RESULTS_DIR } from "./run";

function flags(): Record<string, string> {
  const out: Record<string, string> = {};
  const argv = process.argv.slice(2).filter((a) => a !== "--");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith("--") && argv[i + 1] !== undefined) out[a.slice(2)] = argv[++i] as string;
  }
  return out;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

const VOCABULARY = 20_000;
/** The word of a vocabulary rank, as the SQL generator makes it. */
const WORD_SQL = (rank: string) => `('t' || substr(md5((${rank})::text), 1, 4 + (${rank}) % 5))`;

async function main() {
  const f = flags();
  const messages = Number(f.messages ?? 300_000);
  const queries = Number(f.queries ?? 40);
  const pagesPerRound = Number(f.pages ?? 60);
  const started = new Date();
  const outDir = path.join(
    RESULTS_DIR,
    `archive-${started.toISOString().slice(0, 19).replace(/[:T]/g, "-")}`,
  );
  mkdirSync(path.join(outDir, "logs"), { recursive: true });
  const log = (s: string) => process.stdout.write(`[archive] ${s}\n`);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  log(`${os.cpus().length} × ${cpu}; ${messages.toLocaleString()} messages, ${queries} queries per kind`);

  const bench = await createBenchDatabase("archive");
  const pool = new pg.Pool({ connectionString: bench.databaseUrl, max: 4 });
  pool.on("error", () => {});
  let api: ReturnType<typeof startNode> | null = null;
  try {
    const account = (
      await pool.query<{ id: string }>(
        "INSERT INTO accounts (id, name) VALUES (gen_random_uuid(), 'Bench') RETURNING id",
      )
    ).rows[0]!.id;
    const tenant = async () =>
      (
        await pool.query<{ id: string }>(
          `INSERT INTO tenants (id, account_id, model, status, updated_at) VALUES (gen_random_uuid(), $1, 'B', 'active', now()) RETURNING id`,
          [account],
        )
      ).rows[0]!.id;

    // ---- 1. store cost ----
    const storeTenant = await tenant();
    const exp = (
      await pool.query<{ id: string }>(
        `INSERT INTO exports (id, account_id, tenant_id, scope, options) VALUES (gen_random_uuid(), $1, $2, 'tenant', '{}') RETURNING id`,
        [account, storeTenant],
      )
    ).rows[0]!.id;
    const task = (
      await pool.query<{ id: string }>(
        `INSERT INTO export_tasks (id, export_id, tenant_id, kind, target_id, updated_at) VALUES (gen_random_uuid(), $1, $2, 'user_chats', 'u', now()) RETURNING id`,
        [exp, storeTenant],
      )
    ).rows[0]!.id;
    let next = 0;
    const page = (): GraphChatMessage[] =>
      Array.from({ length: 50 }, () => {
        const n = next++;
        const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
        return {
          "@odata.type": "#microsoft.graph.chatMessage",
          id: String(1_700_000_000_000 + n),
          etag: String(1_700_000_000_000 + n),
          chatId: `19:${(n % 97).toString(16).padStart(8, "0")}@thread.v2`,
          messageType: "message",
          createdDateTime: at,
          lastModifiedDateTime: at,
          deletedDateTime: null,
          from: {
            user: { id: `user-${n % 31}`, displayName: `User ${n % 31}`, userIdentityType: "aadUser" },
          },
          body: {
            contentType: "html",
            content: `<p>Quarterly numbers for item ${n}: revenue, margin and the <b>forecast</b> for next year.</p>`,
          },
          attachments:
            n % 20 === 0 ? [{ id: `a${n}`, contentType: "reference", name: `report-${n}.pdf` }] : [],
          mentions: [],
          reactions: [],
        } as GraphChatMessage;
      });
    const configs = {
      full: "ledger trigger + search column",
      ledger: "ledger trigger only",
      bare: "neither",
    } as const;
    type Config = keyof typeof configs;
    let current: Config = "full";
    async function setSchema(want: Config) {
      if (want === current) return;
      const hasSearch = current !== "bare" && current !== "ledger";
      const wantSearch = want === "full";
      if (hasSearch && !wantSearch) await pool.query("ALTER TABLE message_versions DROP COLUMN search");
      if (!hasSearch && wantSearch) {
        await pool.query(
          "ALTER TABLE message_versions ADD COLUMN search tsvector GENERATED ALWAYS AS (archive_search_vector(raw)) STORED",
        );
        await pool.query("CREATE INDEX message_versions_search_idx ON message_versions USING gin (search)");
      }
      await pool.query(
        `ALTER TABLE message_versions ${want === "bare" ? "DISABLE" : "ENABLE"} TRIGGER message_versions_ledger`,
      );
      current = want;
    }
    // One connection, so one backend does all of it: its CPU (from /proc, the machine's own PostgreSQL) is
    // what the statement costs, which wall time on a shared machine is too noisy to tell.
    const storer = new pg.Client({ connectionString: bench.databaseUrl });
    await storer.connect();
    storer.on("error", () => {});
    const storerPid = (await storer.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const perVersionUs: Record<Config, number[]> = { full: [], ledger: [], bare: [] };
    const backendCpu: Record<Config, { seconds: number; versions: number }> = {
      full: { seconds: 0, versions: 0 },
      ledger: { seconds: 0, versions: 0 },
      bare: { seconds: 0, versions: 0 },
    };
    try {
      for (let round = 0; round < 2; round++) {
        for (const config of ["full", "ledger", "bare", "full"] as Config[]) {
          await setSchema(config);
          const cpu0 = cpuSeconds(storerPid) ?? 0;
          for (let i = 0; i < pagesPerRound; i++) {
            const messagesOfPage = page();
            const t0 = performance.now();
            await storeMessagePage(storer, {
              tenantId: storeTenant,
              exportId: exp,
              taskId: task,
              messages: messagesOfPage,
            });
            perVersionUs[config].push(((performance.now() - t0) * 1000) / 50);
          }
          backendCpu[config].seconds += (cpuSeconds(storerPid) ?? 0) - cpu0;
          backendCpu[config].versions += pagesPerRound * 50;
        }
      }
    } finally {
      await storer.end();
    }
    await setSchema("full");
    const store = Object.fromEntries(
      (Object.keys(configs) as Config[]).map((c) => {
        const s = [...perVersionUs[c]].sort((a, b) => a - b);
        return [
          c,
          {
            pages: s.length,
            medianUsPerVersion: round(pct(s, 50)),
            p95UsPerVersion: round(pct(s, 95)),
            postgresCpuUsPerVersion: round((backendCpu[c].seconds * 1e6) / backendCpu[c].versions),
          },
        ];
      }),
    ) as Record<
      Config,
      { pages: number; medianUsPerVersion: number; p95UsPerVersion: number; postgresCpuUsPerVersion: number }
    >;
    log(
      `store, PostgreSQL CPU µs per version (50-message pages): full ${store.full.postgresCpuUsPerVersion}, ledger only ${store.ledger.postgresCpuUsPerVersion}, bare ${store.bare.postgresCpuUsPerVersion}`,
    );

    // ---- 2. a large tenant ----
    const big = await tenant();
    const genStart = performance.now();
    const batch = 50_000;
    for (let o = 0; o < messages; o += batch) {
      const n = Math.min(batch, messages - o);
      await pool.query(
        `INSERT INTO message_versions (tenant_id, container_id, message_id, etag, json_hash, last_modified_at, raw)
         SELECT $1::uuid, s.chat, s.g::text, e.etag, '\\x'::bytea, s.created + (e.etag::int - 1) * interval '1 hour',
           jsonb_build_object('id', s.g::text, 'etag', e.etag, 'chatId', s.chat, 'messageType', 'message',
             'createdDateTime', s.created, 'lastModifiedDateTime', s.created + (e.etag::int - 1) * interval '1 hour',
             'from', jsonb_build_object('user', jsonb_build_object('id', s.sender)),
             'body', jsonb_build_object('contentType', 'html', 'content',
               '<p>' || (SELECT string_agg(${WORD_SQL("k.r")}, ' ')
                         FROM (SELECT 1 + floor(power(random(), 3) * ${VOCABULARY})::int AS r
                               FROM generate_series(1, 12 + (s.g + e.etag::int) % 16) AS w(i) WHERE s.g >= 0) k) || '</p>'),
             'attachments', CASE WHEN s.g % 20 = 0 THEN jsonb_build_array(jsonb_build_object('name', 'report-' || s.g || '.pdf'))
               ELSE '[]'::jsonb END)
         FROM (SELECT g, '19:chat' || (g % 2000) || '@thread.v2' AS chat, 'user-' || (g % 500) AS sender,
                 timestamptz '2025-01-01' + g * interval '30 seconds' AS created
               FROM generate_series($2::int, $3::int) AS g) s
         CROSS JOIN LATERAL (SELECT '1' AS etag UNION ALL SELECT '2' WHERE s.g % 10 = 0) e`,
        [big, o, o + n - 1],
      );
      log(
        `generated ${(o + n).toLocaleString()} messages (${round((performance.now() - genStart) / 1000)} s)`,
      );
    }
    await pool.query(
      `INSERT INTO messages (tenant_id, container_id, message_id, container_type, chat_id, etag, from_user_id,
         message_type, created_at, last_modified_at, updated_at)
       SELECT DISTINCT ON (container_id, message_id) tenant_id, container_id, message_id, 'chat', container_id, etag,
         raw->'from'->'user'->>'id', 'message', (raw->>'createdDateTime')::timestamptz, last_modified_at, now()
       FROM message_versions WHERE tenant_id = $1 ORDER BY container_id, message_id, last_modified_at DESC`,
      [big],
    );
    const generateSeconds = (performance.now() - genStart) / 1000;
    await pool.query("ANALYZE");
    const versions = Number(
      (
        await pool.query<{ n: string }>("SELECT count(*) AS n FROM message_versions WHERE tenant_id = $1", [
          big,
        ])
      ).rows[0]!.n,
    );
    log(
      `${messages.toLocaleString()} messages, ${versions.toLocaleString()} versions in ${round(generateSeconds)} s`,
    );

    // ---- 3. the real API ----
    const port = await freePort();
    const opsToken = "bench-archive-ops-token";
    api = startNode(
      "archive-api",
      path.join("apps", "api", "src", "main.ts"),
      {
        NODE_ENV: "production",
        DATABASE_URL: bench.databaseUrl,
        REDIS_URL: bench.redisUrl,
        REDIS_PREFIX: bench.redisPrefix,
        API_HOST: "127.0.0.1",
        API_PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        OPS_TOKEN: opsToken,
        AZURE_CLIENT_SECRET: "unused-by-this-bench",
        API_RATE_LIMIT_MAX: "1000000",
        WEBHOOK_SECRET_KEY: "ab".repeat(32),
        ARCHIVE_SIGNING_KEY: "cd".repeat(32),
        LOG_LEVEL: "warn",
      },
      path.join(outDir, "logs"),
    );
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/healthz`, "the API");
    const keyRes = await fetch(`${base}/ops/v1/accounts/${account}/keys`, {
      method: "POST",
      headers: { "x-ops-token": opsToken, "content-type": "application/json" },
      body: JSON.stringify({ name: "bench", scopes: ["read"] }),
    });
    const key = ((await keyRes.json()) as { key: string }).key;

    const word = async (rank: number) =>
      (await pool.query<{ w: string }>(`SELECT ${WORD_SQL(String(rank))} AS w`)).rows[0]!.w;
    const [common, medium, rare, rare2] = [
      await word(1),
      await word(60),
      await word(12_000),
      await word(15_000),
    ];
    const kinds: Record<string, string> = {
      [`common word (rank 1) "${common}"`]: `q=${common}`,
      [`medium word (rank 60) "${medium}"`]: `q=${medium}`,
      [`rare word (rank 12,000) "${rare}"`]: `q=${rare}`,
      "two rare words (or)": `q=${encodeURIComponent(`${rare} or ${rare2}`)}`,
      "medium word + sender": `q=${medium}&userId=user-7`,
      "medium word + chat": `q=${medium}&chatId=${encodeURIComponent("19:chat42@thread.v2")}`,
      "medium word + one month": `q=${medium}&from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z`,
      "attachment name": "q=report-1200.pdf",
      "participant, no words": "participant=user-9",
      "sender + not deleted, no words": "userId=user-3&deleted=false",
    };
    const results: { kind: string; p50Ms: number; p95Ms: number; maxMs: number; hitsFirstPage: number }[] =
      [];
    const all: number[] = [];
    for (const [kind, query] of Object.entries(kinds)) {
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < queries + 2; i++) {
        const t0 = performance.now();
        const res = await fetch(`${base}/v1/tenants/${big}/search?${query}&limit=50`, {
          headers: { authorization: `Bearer ${key}` },
        });
        const body = (await res.json()) as { data?: unknown[] };
        if (!res.ok) throw new Error(`search ${query}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        const ms = performance.now() - t0;
        hits = body.data?.length ?? 0;
        if (i >= 2) times.push(ms); // the first two warm the caches
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      results.push({
        kind,
        p50Ms: round(pct(times, 50)),
        p95Ms: round(pct(times, 95)),
        maxMs: round(times.at(-1) ?? 0),
        hitsFirstPage: hits,
      });
      log(
        `${kind}: p50 ${round(pct(times, 50))} ms, p95 ${round(pct(times, 95))} ms (${hits} hits on the first page)`,
      );
    }
    all.sort((a, b) => a - b);
    const overall = {
      queries: all.length,
      p50Ms: round(pct(all, 50)),
      p95Ms: round(pct(all, 95)),
      maxMs: round(all.at(-1) ?? 0),
    };
    const sizes = (
      await pool.query<{ heap: string; gin: string }>(
        `SELECT pg_size_pretty(pg_table_size('message_versions')) AS heap,
                pg_size_pretty(pg_relation_size('message_versions_search_idx')) AS gin`,
      )
    ).rows[0]!;
    log(
      `all queries: p50 ${overall.p50Ms} ms, p95 ${overall.p95Ms} ms; message_versions ${sizes.heap}, GIN ${sizes.gin}`,
    );

    const report = {
      startedAt: started.toISOString(),
      machine: { cpus: os.cpus().length, cpu, memoryGiB: round(os.totalmem() / 2 ** 30) },
      command: `pnpm --filter @capstan/bench archive -- --messages ${messages} --queries ${queries} --pages ${pagesPerRound}`,
      store: {
        method:
          "storeMessagePage, 50 new versions per page, one statement per page on one connection; PostgreSQL CPU of that backend from /proc",
        configs,
        ...store,
      },
      tenant: {
        messages,
        versions,
        generateSeconds: round(generateSeconds),
        heap: sizes.heap,
        searchIndex: sizes.gin,
      },
      search: { perKind: results, overall },
    };
    writeFileSync(path.join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    const md = [
      `# archive benchmark, ${report.startedAt}`,
      "",
      `${report.machine.cpus} × ${cpu}, ${report.machine.memoryGiB} GiB. \`${report.command}\``,
      "",
      `Tenant: ${messages.toLocaleString()} messages, ${versions.toLocaleString()} versions (generated in ${report.tenant.generateSeconds} s); message_versions ${sizes.heap}, search GIN ${sizes.gin}.`,
      "",
      "| query (limit 50, via the API) | p50 ms | p95 ms | max ms | hits on page 1 |",
      "| --- | --- | --- | --- | --- |",
      ...results.map((r) => `| ${r.kind} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.hitsFirstPage} |`),
      `| **all ${overall.queries} queries** | ${overall.p50Ms} | **${overall.p95Ms}** | ${overall.maxMs} | |`,
      "",
      "| page store schema | pages | PostgreSQL CPU µs / version | median wall µs / version | p95 wall µs / version |",
      "| --- | --- | --- | --- | --- |",
      ...(Object.keys(configs) as Config[]).map(
        (c) =>
          `| ${configs[c]} | ${store[c].pages} | ${store[c].postgresCpuUsPerVersion} | ${store[c].medianUsPerVersion} | ${store[c].p95UsPerVersion} |`,
      ),
      "",
    ].join("\n");
    writeFileSync(path.join(outDir, "report.md"), md);
    log(`report: ${path.relative(process.cwd(), outDir)}/report.md`);
  } finally {
    await api?.stop();
    await pool.end();
    if (f.keep === "true") log(`kept database ${bench.name}`);
    else await bench.cleanup();
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
