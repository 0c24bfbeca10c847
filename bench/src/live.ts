/**
 * Live capture latency: messages posted into the simulator at a steady rate across tenants, each one
 * notified by Graph (encrypted resource data), verified by the API, queued in Postgres and archived by a
 * worker. Latency = the version's first_seen_at in message_versions − the message's createdDateTime (one
 * machine, one clock). Lost = posted messages whose version is not archived when the run ends.
 *
 *   pnpm --filter @capstan/bench live [-- --rate 1000 --seconds 30 --tenants 4 --workers 1]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RESULTS_DIR } from "./run";
import { SimProcess } from "./sim";
import { Stack } from "./stack";

function flags(): Record<string, string> {
  const out: Record<string, string> = {};
  const argv = process.argv.slice(2).filter((a) => a !== "--");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith("--")) out[a.slice(2)] = argv[i + 1] ?? "true";
  }
  return out;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);

async function main(): Promise<void> {
  const f = flags();
  const rate = Number(f.rate ?? 1000);
  const seconds = Number(f.seconds ?? 30);
  const tenants = Number(f.tenants ?? 4);
  const workers = Number(f.workers ?? 1);
  const stamp = new Date().toISOString().replace(/[:T]/g, "-").slice(0, 19);
  const dir = path.join(RESULTS_DIR, `live-${stamp}`);
  const logDir = path.join(dir, "logs");
  mkdirSync(logDir, { recursive: true });
  const log = (s: string) => process.stdout.write(`[live] ${s}\n`);

  const sim = await SimProcess.start({ latencyMs: 0, jitterMs: 0, perAppRps: 0, perAppTenantRps: 0 }, logDir);
  let stack: Stack | undefined;
  try {
    stack = await Stack.start(sim, {
      label: "live",
      workers,
      logDir,
      env: { LIVE_MANAGER_INTERVAL_MS: "500" },
    });
    const simCall = async (method: string, route: string, body?: unknown) => {
      const res = await fetch(`${sim.url}${route}`, {
        method,
        ...(body !== undefined
          ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } }
          : {}),
      });
      if (!res.ok) throw new Error(`simulator ${method} ${route}: ${res.status}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const chats: { entra: string; chatId: string }[] = [];
    const onboarded = [];
    for (let i = 0; i < tenants; i++) {
      const t = await sim.createTenant({
        name: `live-${i}`,
        sizes: {
          users: 20,
          chatsPerUser: 2,
          messagesPerChat: 2,
          teams: 1,
          channelsPerTeam: 1,
          messagesPerChannel: 2,
          historyDays: 1,
        },
      });
      const o = await stack.onboard(t);
      onboarded.push(o);
      await stack.request("PUT", `/v1/tenants/${o.id}/live-capture`, { scope: "tenant" });
      const users = (await simCall("GET", `/_sim/tenants/${t.id}/users`)) as unknown as { id: string }[];
      for (const u of users.slice(0, 5)) {
        const list = (await simCall("GET", `/_sim/tenants/${t.id}/users/${u.id}/chats`)) as unknown as {
          id: string;
        }[];
        for (const c of list.slice(0, 2)) chats.push({ entra: t.id, chatId: c.id });
      }
    }
    // Every subscription created (and the initial catch-up exports done) before the clock starts.
    for (;;) {
      const views = await Promise.all(
        onboarded.map((o) =>
          stack!.request<{ subscriptions: { status: string }[] }>("GET", `/v1/tenants/${o.id}/live-capture`),
        ),
      );
      if (
        views.every(
          (v) => v.subscriptions.length === 2 && v.subscriptions.every((s) => s.status === "active"),
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 3_000));
    log(`${tenants} tenants live, ${chats.length} chats; posting ${rate}/s for ${seconds} s`);

    const posted: { entra: string; chatId: string; id: string; etag: string; created: string }[] = [];
    let failures = 0;
    let inflight = 0;
    const started = Date.now();
    const total = rate * seconds;
    let next = 0;
    while (next < total) {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate));
      while (next < due && inflight < 400) {
        const c = chats[next % chats.length] as { entra: string; chatId: string };
        next++;
        inflight++;
        simCall("POST", `/_sim/tenants/${c.entra}/chats/${encodeURIComponent(c.chatId)}/messages`, {
          content: `burst ${next}`,
        })
          .then((m) =>
            posted.push({
              ...c,
              id: m.id as string,
              etag: m.etag as string,
              created: m.createdDateTime as string,
            }),
          )
          .catch(() => failures++)
          .finally(() => inflight--);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    while (inflight > 0) await new Promise((r) => setTimeout(r, 5));
    const postSeconds = (Date.now() - started) / 1000;
    log(`posted ${posted.length} (${failures} failed) in ${postSeconds.toFixed(1)} s`);

    // Wait (up to 60 s) for the archive to hold every posted version.
    const query = async () => {
      const r = await stack!.pool.query<{
        container_id: string;
        message_id: string;
        etag: string;
        seen: Date;
      }>(
        `SELECT container_id, message_id, etag, first_seen_at AS seen FROM message_versions
         WHERE (container_id, message_id, etag) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
        [posted.map((p) => p.chatId), posted.map((p) => p.id), posted.map((p) => p.etag)],
      );
      return r.rows;
    };
    let rows = await query();
    const waitUntil = Date.now() + 60_000;
    while (rows.length < posted.length && Date.now() < waitUntil) {
      await new Promise((r) => setTimeout(r, 1_000));
      rows = await query();
    }
    const seen = new Map(rows.map((r) => [`${r.container_id}|${r.message_id}|${r.etag}`, r.seen.getTime()]));
    const latencies = posted
      .map((p) => {
        const at = seen.get(`${p.chatId}|${p.id}|${p.etag}`);
        return at === undefined ? null : at - Date.parse(p.created);
      })
      .filter((x): x is number => x !== null)
      .sort((a, b) => a - b);
    const lost = posted.length - latencies.length;
    const subs = (await simCall("GET", "/_sim/subscriptions")) as unknown as {
      stats: Record<string, number>;
    }[];
    const sum = (k: string) => subs.reduce((n, s) => n + (s.stats[k] ?? 0), 0);
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const report = {
      command: `pnpm --filter @capstan/bench live -- --rate ${rate} --seconds ${seconds} --tenants ${tenants} --workers ${workers}`,
      machine: `${os.cpus().length} cores of ${cpu}`,
      rateAsked: rate,
      rateReached: posted.length / postSeconds,
      posted: posted.length,
      postFailures: failures,
      archived: latencies.length,
      lost,
      latencyMs: {
        p50: quantile(latencies, 0.5),
        p90: quantile(latencies, 0.9),
        p99: quantile(latencies, 0.99),
        max: latencies[latencies.length - 1] ?? Number.NaN,
      },
      simulator: {
        generated: sum("generated"),
        delivered: sum("delivered"),
        failedPosts: sum("failedPosts"),
        retried: sum("retried"),
        abandoned: sum("abandoned"),
      },
    };
    const md = [
      `# live capture latency (${stamp})`,
      "",
      `\`${report.command}\` on ${report.machine}`,
      "",
      "| posted/s (asked) | posted | archived | lost | p50 ms | p90 ms | p99 ms | max ms | notifications delivered | failed posts | retried |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      `| ${report.rateReached.toFixed(0)} (${rate}) | ${report.posted} | ${report.archived} | ${lost} | ${report.latencyMs.p50} | ${report.latencyMs.p90} | ${report.latencyMs.p99} | ${report.latencyMs.max} | ${report.simulator.delivered} | ${report.simulator.failedPosts} | ${report.simulator.retried} |`,
    ].join("\n");
    writeFileSync(path.join(dir, "report.json"), JSON.stringify(report, null, 2));
    writeFileSync(path.join(dir, "report.md"), `${md}\n`);
    process.stdout.write(`${md}\n\nresults: ${path.relative(process.cwd(), dir)}\n`);
    process.exitCode = lost === 0 && report.latencyMs.p99 < 2_000 ? 0 : 1;
  } finally {
    await stack?.stop().catch(() => {});
    await sim.child.stop().catch(() => {});
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
