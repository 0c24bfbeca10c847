import type { Counters } from "@capstan/graph-sim";
import { limitsUnder } from "@capstan/rate-limit";
import { createTenants } from "../kit";
import { round } from "../metrics";
import type { ScenarioResult } from "../report";
import { REALISTIC_LATENCY, type RunContext } from "../run";
import type { OnboardedTenant, Stack } from "../stack";

/**
 * classes: Graph's per-endpoint-class and per-team limits, on in the simulator as Microsoft documents them
 * (one message and hosted contents 20/s per tenant; channel endpoints 4/s per team). (1) A tenant heavy with
 * hosted contents, exported whole; (2) one team exported in 8 shards. Targets: no 429, and the binding
 * class held at ≥ 95 % of the limiter's rate for it (Graph's limit less the headroom the limiter keeps) in its
 * busiest window.
 */

const MESSAGE_LIMIT = 20;
const TEAM_LIMIT = 4;
/** The limiter's rates for those classes under Capstan's defaults (one-token buckets, see limitsUnder). */
const MESSAGE_LIMITER_RATE = limitsUnder(MESSAGE_LIMIT, { burst: 1 }).rate;
const TEAM_LIMITER_RATE = limitsUnder(TEAM_LIMIT, { burst: 1 }).rate;

interface ClassRun {
  seconds: number;
  throttled: number;
  requests: number;
  /** Requests of the binding class per second, from its first request to its last. */
  overallRps: number;
  /** Requests of the binding class per second in its busiest window of `windowSeconds`. */
  sustainedRps: number;
  windowSeconds: number;
  peak: number;
  /** sustainedRps / the limit. */
  share: number;
  /** sustainedRps / the limiter's rate for the class. */
  ofLimiter: number;
}

/** The most requests per second over any window of `seconds` in the polled counts. */
function busiest(points: { t: number; n: number }[], seconds: number): number {
  let best = 0;
  let j = 0;
  for (let i = 0; i < points.length; i++) {
    while (j < points.length && points[j]!.t - points[i]!.t < seconds * 1000) j++;
    if (j >= points.length) break;
    const span = (points[j]!.t - points[i]!.t) / 1000;
    best = Math.max(best, (points[j]!.n - points[i]!.n) / span);
  }
  return best;
}

/** Requests of the tenant whose endpoint label matches, from the simulator's counters. */
function classCount(c: Counters, tenant: string, match: (endpoint: string) => boolean): number {
  const byEndpoint = c.requests.byTenantEndpoint[tenant] ?? {};
  return Object.entries(byEndpoint)
    .filter(([e]) => match(e))
    .reduce((n, [, v]) => n + v, 0);
}

/** Runs one export, polling the simulator's counters to time the binding class's first and last request. */
async function measure(
  ctx: RunContext,
  stack: Stack,
  tenant: OnboardedTenant,
  body: Record<string, unknown>,
  match: (endpoint: string) => boolean,
  peakOf: (c: Counters) => number,
  limit: number,
  limiterRate: number,
  capMs: number,
): Promise<ClassRun> {
  const sim = ctx.sim!;
  await sim.resetCounters();
  const started = performance.now();
  const created = await stack.startScopedExport(tenant, body);
  const points: { t: number; n: number }[] = [];
  let done = false;
  const wait = stack.waitForExport(created.id, capMs).finally(() => {
    done = true;
  });
  while (!done) {
    const c = await sim.counters();
    points.push({ t: performance.now(), n: classCount(c, tenant.entraTenantId, match) });
    await new Promise((r) => setTimeout(r, 200));
  }
  const view = await wait;
  if (view.timedOut) throw new Error(`export ${created.id} hit its ${capMs / 1000} s cap`);
  const c = await sim.counters();
  const total = classCount(c, tenant.entraTenantId, match);
  const first = points.find((p) => p.n > 0) ?? points[0]!;
  const last = points.find((p) => p.n >= total) ?? points.at(-1)!;
  const span = Math.max(0.001, (last.t - first.t) / 1000);
  const overallRps = (total - first.n) / span;
  // The class binds while more calls want to go than it allows: its busiest stretch, not the ramp up and the
  // tail where one task is left.
  const windowSeconds = Math.max(2, Math.min(10, Math.floor(span / 2)));
  const sustainedRps = busiest(points, windowSeconds);
  return {
    seconds: round((performance.now() - started) / 1000, 1),
    throttled: c.throttled.byTenant[tenant.entraTenantId] ?? 0,
    requests: total,
    overallRps: round(overallRps, 2),
    windowSeconds,
    sustainedRps: round(sustainedRps, 2),
    peak: peakOf(c),
    share: round(sustainedRps / limit, 3),
    ofLimiter: round(sustainedRps / limiterRate, 3),
  };
}

export async function classes(ctx: RunContext): Promise<ScenarioResult> {
  const q = ctx.quick;
  const workers = ctx.num("workers", 1);
  const capMs = ctx.num("cap-seconds", q ? 60 : 110) * 1000;
  const pictures = {
    users: ctx.num("users", q ? 4 : 8),
    chatsPerUser: 2,
    messagesPerChat: ctx.num("messages-per-chat", q ? 30 : 80),
    teams: 0,
    hostedCardShare: 0.5,
  };
  const team = {
    users: 4,
    chatsPerUser: 1,
    messagesPerChat: 5,
    teams: 1,
    channelsPerTeam: 4,
    messagesPerChannel: ctx.num("messages-per-channel", q ? 60 : 150),
  };
  // Graph's documented limits are the simulator's defaults; latency as in the other scenarios.
  await ctx.startSim({ ...REALISTIC_LATENCY, perAppRps: 1000, perAppTenantRps: 200 });
  const stack = await ctx.startStack({ label: "classes", workers, env: {} });
  const [pic, sharded] = await createTenants(ctx, stack, [
    { name: "pictures", sizes: pictures },
    { name: "sharded", sizes: team },
  ]);
  const appId = "11111111-1111-4111-8111-111111111111";

  const hosted = await measure(
    ctx,
    stack,
    pic!,
    { scope: "tenant", options: { hostedContents: true, context: false } },
    (e) => /\/messages\/\{id\}/.test(e),
    (c) => c.peaks.appTenant[`${appId}/${pic!.entraTenantId}#message`]?.attempted ?? 0,
    MESSAGE_LIMIT,
    MESSAGE_LIMITER_RATE,
    capMs,
  );
  ctx.log(`hosted-content-heavy tenant: ${JSON.stringify(hosted)}`);

  const teams = await (await fetch(`${ctx.sim!.url}/_sim/tenants/${sharded!.entraTenantId}/teams`)).json();
  const teamId = (teams as { id: string }[])[0]!.id;
  const shards = await measure(
    ctx,
    stack,
    sharded!,
    { scope: "team", teamId, options: { shards: 8, pageSize: 10, hostedContents: false, context: false } },
    (e) => e.startsWith("GET /teams/{id}/channels"),
    (c) => c.peaks.appTenantTeam[`${appId}/${sharded!.entraTenantId}/${teamId}`]?.attempted ?? 0,
    TEAM_LIMIT,
    TEAM_LIMITER_RATE,
    capMs,
  );
  ctx.log(`one team in 8 shards: ${JSON.stringify(shards)}`);
  await ctx.stopStack(stack);

  const row = (name: string, r: ClassRun, limit: number) => [
    name,
    String(r.seconds),
    String(r.requests),
    String(r.overallRps),
    `${r.sustainedRps} over ${r.windowSeconds} s (${round(r.share * 100, 1)} % of ${limit}/s, ${round(r.ofLimiter * 100, 1)} % of the limiter's rate)`,
    String(r.peak),
    String(r.throttled),
  ];
  return {
    settings: {
      latency: "50 ms + uniform [0, 100) ms per Graph call",
      limits:
        "simulator defaults: getAllMessages 200/s per tenant, 1,000/s per app; one message and hosted contents 20/s and 200/s; other GETs 30/s and 1,500/s; channel endpoints 4/s per team",
      workers,
      pictures,
      team,
    },
    headline: [
      {
        metric: "hosted-content-heavy tenant: 429s; message class sustained",
        value: `${hosted.throttled} × 429; ${hosted.sustainedRps}/s = ${round(hosted.share * 100, 1)} % of 20/s, ${round(hosted.ofLimiter * 100, 1)} % of the limiter's ${MESSAGE_LIMITER_RATE}/s`,
        target: "0 × 429 at ≥ 95 % of the limiter's rate",
        met: hosted.throttled === 0 && hosted.ofLimiter >= 0.95,
      },
      {
        metric: "one team, shards=8: 429s; team sustained",
        value: `${shards.throttled} × 429; ${shards.sustainedRps}/s = ${round(shards.share * 100, 1)} % of 4/s, ${round(shards.ofLimiter * 100, 1)} % of the limiter's ${TEAM_LIMITER_RATE}/s`,
        target: "0 × 429 at ≥ 95 % of the limiter's rate",
        met: shards.throttled === 0 && shards.ofLimiter >= 0.95,
      },
    ],
    tables: [
      {
        title: "Binding class per phase",
        columns: [
          "phase",
          "export s",
          "class requests",
          "first → last request /s",
          "busiest window /s",
          "peak in any 1 s",
          "429s",
        ],
        rows: [
          row("hosted contents (message class)", hosted, MESSAGE_LIMIT),
          row("team, 8 shards", shards, TEAM_LIMIT),
        ],
      },
    ],
    charts: [],
    notes: [
      "Busiest window: the class's requests per second over its busiest stretch (up to 10 s), polled every 200 ms from the simulator's counters: the class binds there, while more calls want to go than it allows. First → last: over its whole span, ramp-up and the tail where one task is left included.",
      "Peak: the most requests of the class the simulator saw arrive in any sliding second (its limit is the 429 threshold).",
    ],
    data: { hosted, shards },
  };
}
