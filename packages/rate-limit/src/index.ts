import type { Redis } from "ioredis";

/**
 * Graph's limits that apply to one call, taken together, atomically: per endpoint class, the app's (all
 * tenants) and the app+tenant's, and on channel endpoints the app+team's. Each is a token bucket kept as GCRA
 * state (the "theoretical arrival time"), so a call takes a token from every bucket or from none.
 *
 * A caller that finds no token gets its own future slot (a reservation), up to `maxReserveMs` ahead. It
 * waits until then and comes back with the reservation instead of asking again: contenders queue in time
 * rather than retrying in a storm, and the limit is never exceeded. When the app's limit sets the slot,
 * every bucket counts it at once; when a tenant's own limit does, only the tenant's buckets are booked, and
 * the app's token is taken (or its slot booked) when the caller claims the slot, so one tenant's queue of
 * reservations never makes another tenant wait for the app bucket. A 429's Retry-After blocks what it was
 * about (the tenant's endpoint class, or one team); a 503/504's blocks the tenant. A blocked caller gets no
 * token and no reservation until the block expires; other tenants, classes and teams are not affected.
 *
 * Every key of one app shares the hash tag {prefix:rl:appId}, so the script runs on Redis Cluster.
 * Time comes from Redis (TIME), so any number of worker processes share one clock.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000

-- KEYS[1..3]: the blocks that apply (tenant, tenant+class, tenant+team); a block over all of them wins.
local blocked = 0
for i = 1, 3 do
  local b = redis.call('PTTL', KEYS[i])
  if b > blocked then blocked = b end
end
if blocked > 0 then
  return {0, blocked, 'blocked', 0}
end

local maxReserve = tonumber(ARGV[1])
local reserved = tonumber(ARGV[2])
local grace = tonumber(ARGV[3])

-- KEYS[4..]: the buckets, each with ARGV interval, tolerance, side ('a' app-wide, 't' this tenant's), label.
local buckets = {}
for i = 4, #KEYS do
  local o = 3 + (i - 4) * 4
  local tolerance = tonumber(ARGV[o + 2])
  local tat = math.max(tonumber(redis.call('GET', KEYS[i]) or now), now)
  buckets[#buckets + 1] = {
    key = KEYS[i], interval = tonumber(ARGV[o + 1]), tolerance = tolerance, side = ARGV[o + 3],
    label = ARGV[o + 4], tat = tat, allow = tat - tolerance,
  }
end

local function book(side, slot)
  for _, b in ipairs(buckets) do
    if b.side == side then
      local tat = math.max(b.tat, slot) + b.interval
      redis.call('SET', b.key, string.format('%.3f', tat), 'PX', math.ceil(tat - now + b.tolerance) + 1000)
    end
  end
end

-- The latest time a side's buckets allow a call, which bucket sets it, and that bucket's interval.
local function allowed(side)
  local at, label, interval, tolerance = nil, nil, 0, 0
  for _, b in ipairs(buckets) do
    if b.side == side and (at == nil or b.allow > at) then
      at, label, interval, tolerance = b.allow, b.label, b.interval, b.tolerance
    end
  end
  return at, label, interval, tolerance
end

-- A bucket of one token slower than the horizon (4/s is a slot every 250 ms and more) could never be booked
-- one slot ahead: when callers may reserve at all, its next slot is always reservable.
local function horizon(interval, tolerance)
  if maxReserve <= 0 or tolerance > 0 then return maxReserve end
  return math.max(maxReserve, interval * 1.5)
end

-- A team's slot held alone (a reservation above TEAM_HELD): only the team's bucket counted it; the tenant's
-- and the app's tokens are taken when it is claimed, as for a fresh call that the team no longer holds up.
local TEAM_HELD = 1e13
local teamHeld = false
if reserved > TEAM_HELD then
  local at = reserved - TEAM_HELD
  if now + 1 < at then return {0, math.ceil(at - now), 'reserved', ARGV[2]} end
  teamHeld = now - at <= grace
  reserved = 0
end

-- Every bucket counted a slot held as a negative time; only the tenant's side, a positive one. Claimed early
-- it is kept; claimed on time it is granted (a tenant-side slot once the app side gives its tokens); claimed
-- too late it has lapsed (sending now would bunch late callers together), and a fresh take follows.
if reserved ~= 0 then
  local at = math.abs(reserved)
  if now + 1 < at then return {0, math.ceil(at - now), 'reserved', ARGV[2]} end
  if now - at <= grace then
    if reserved < 0 then return {1, 0, 'ok', 0} end
    local appAllow, appLabel, appInterval, appTolerance = allowed('a')
    local appSlot = math.max(now, appAllow or now)
    if appSlot - now > horizon(appInterval, appTolerance) then
      return {0, math.max(1, math.ceil(appSlot - now - horizon(appInterval, appTolerance))), appLabel, 0}
    end
    book('a', appSlot)
    if appSlot <= now then return {1, 0, 'ok', 0} end
    return {0, math.ceil(appSlot - now), appLabel, string.format('%.3f', -appSlot)}
  end
end

local appAllow, appLabel, appInterval, appTolerance = allowed('a')
local tenantAllow, tenantLabel, tenantInterval, tenantTolerance = allowed('t')
local slot = math.max(now, appAllow or now, tenantAllow or now)
local reason, side, interval, tolerance = tenantLabel, 't', tenantInterval, tenantTolerance
if tenantAllow == nil or (appAllow ~= nil and appAllow > tenantAllow) then
  reason, side, interval, tolerance = appLabel, 'a', appInterval, appTolerance
end

if slot - now > horizon(interval, tolerance) then
  return {0, math.max(1, math.ceil(slot - now - horizon(interval, tolerance))), reason, 0}
end

-- A team's bucket (4/s) sets a later slot than the tenant's: booking the tenant's bucket at that slot would
-- move its next free time there too, and every other call of the tenant would queue behind one team's pace.
-- Only the team's slot is held (so the team's callers line up, one per slot, instead of all coming back at
-- once); the rest is taken when it is claimed.
local teamAllow, teamLabel, teamInterval, teamTolerance = nil, nil, 0, 0
if not teamHeld then teamAllow, teamLabel, teamInterval, teamTolerance = allowed('m') end
if teamAllow ~= nil and teamAllow > slot then
  if teamAllow - now > horizon(teamInterval, teamTolerance) then
    return {0, math.max(1, math.ceil(teamAllow - now - horizon(teamInterval, teamTolerance))), teamLabel, 0}
  end
  book('m', teamAllow)
  return {0, math.ceil(teamAllow - now), teamLabel, string.format('%.3f', teamAllow + TEAM_HELD)}
end

book('t', slot)
if not teamHeld then book('m', slot) end
if slot > now and side == 't' then
  -- The tenant's own limits set the slot: only its buckets are booked now. Booking the app's that far ahead
  -- too would make every other tenant wait behind this one's queue; the app's tokens are taken when the
  -- slot is claimed.
  return {0, math.ceil(slot - now), reason, string.format('%.3f', slot)}
end
book('a', slot)
if slot <= now then return {1, 0, 'ok', 0} end
return {0, math.ceil(slot - now), reason, string.format('%.3f', -slot)}
`;

/** Extends a tenant's block to `ms` from now, never shortening a longer one already set. */
const BLOCK_SCRIPT = `
local ms = tonumber(ARGV[1])
local current = redis.call('PTTL', KEYS[1])
if current < ms then
  redis.call('SET', KEYS[1], '1', 'PX', ms)
end
return math.max(current, ms)
`;

/**
 * Reads the export class's buckets and the blocks without changing anything: Redis time, both TATs, the
 * longer PTTL of the tenant's block and its export-class block.
 */
const STATE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local pttl = math.max(redis.call('PTTL', KEYS[3]), redis.call('PTTL', KEYS[4]))
return {string.format('%.3f', now), redis.call('GET', KEYS[1]) or '', redis.call('GET', KEYS[2]) or '', pttl}
`;

export interface BucketLimits {
  /** Tokens per second. */
  rate: number;
  /** Largest number of tokens the bucket holds: how many calls may go out at once after a quiet spell. */
  burst: number;
}

/**
 * Graph's endpoint classes, each with its own limits (Teams service limits): `export` the getAllMessages
 * family, `message` GETs of one chat or channel message and their hosted contents, `other` every other GET
 * (users, groups, teams, channels).
 */
export type EndpointClass = "export" | "message" | "other";

/** What one call is: its endpoint class and, on channel endpoints, the team it concerns. */
export interface CallScope {
  class?: EndpointClass;
  team?: string | undefined;
}

export interface RateLimiterOptions {
  redis: Redis;
  /** Key prefix shared by every process of one deployment. */
  prefix: string;
  /** The `export` class: per app (all tenants) and per app+tenant. */
  app: BucketLimits;
  tenant: BucketLimits;
  /** The other classes' limits; a class not given shares the `export` class's buckets. */
  classes?: Partial<Record<Exclude<EndpointClass, "export">, { app: BucketLimits; tenant: BucketLimits }>>;
  /** Per app+tenant+team on channel endpoints, in addition to the class's; absent: no team bucket. */
  team?: BucketLimits;
  /** How far ahead a caller may reserve its slot; beyond it, it is told to wait without a reservation. */
  maxReserveMs?: number;
  /**
   * How late a reservation may be claimed. Callers that wake late would otherwise send together and exceed
   * the rate in that instant; a lapsed reservation is simply taken again.
   */
  reservationGraceMs?: number;
}

export type TakeResult =
  | { granted: true }
  | {
      granted: false;
      /** How long to wait before calling again. */
      waitMs: number;
      /**
       * Which limit said no: `app` or `tenant` (the export class), `app:message`, `tenant:other`… (another
       * class), `team`, `blocked` (a Retry-After), or `reserved` (a reservation not yet due).
       */
      reason: string;
      /**
       * When set, a slot is held: come back with it at its time (|reservation|, Redis time in ms). Negative:
       * every bucket counted it, and it is granted; positive: the tenant's did, and the app's token follows.
       */
      reservation?: number;
    };

/** How full one bucket is right now. */
export interface BucketState {
  /** Tokens a caller could take at once now (fractional: a token refills continuously). */
  tokens: number;
  /** The bucket's size. */
  burst: number;
  /** Tokens per second it refills. */
  rate: number;
  /** Milliseconds until the bucket is full again (0 when it is). */
  fullInMs: number;
}

export interface LimiterState {
  app: BucketState;
  tenant: BucketState;
  /** Milliseconds the tenant (or its export class) stays blocked by a Retry-After (0 when not blocked). */
  blockedMs: number;
}

type RedisWithScripts = Redis & {
  capstanTakeTokens(
    numberOfKeys: number,
    ...keysAndArgs: (number | string)[]
  ): Promise<[number, number, string, number | string]>;
  capstanBlockTenant(k1: string, ms: number): Promise<number>;
  capstanLimiterState(
    k1: string,
    k2: string,
    k3: string,
    k4: string,
  ): Promise<[string, string, string, number]>;
};

/**
 * Limits that keep the count in any one-second window under `limitPerSecond`. A bucket of rate r and burst b
 * passes at most r + b calls in a second at the moment tokens are taken; requests reach Graph a little later
 * and not all equally late (event-loop and network jitter), so `headroom` (a fraction of the limit) is left
 * free for that.
 */
export function limitsUnder(
  limitPerSecond: number,
  {
    headroom = 0.08,
    burst = Math.max(1, Math.floor(limitPerSecond / 50)),
    marginMs = 150,
  }: { headroom?: number; burst?: number; marginMs?: number } = {},
): BucketLimits {
  // A bucket of one spaces calls 1/rate apart, so its headroom is kept as time: the (L+1)-th call comes at
  // least 1 s + the margin after the first. One request that reaches Graph late by more than the margin, next
  // to one that does not, makes L+1 in a second; a fraction of a small limit is too little time for that on a
  // loaded machine (8 % of 4/s is 87 ms), hence a floor of `marginMs`. Larger bursts keep the headroom as
  // calls, since r + b pass at once and a few late requests cannot crowd a second.
  if (burst <= 1) {
    const margin = Math.max(marginMs / 1000, headroom / (1 - headroom));
    return { rate: Math.max(0.1, Math.round((limitPerSecond / (1 + margin)) * 1000) / 1000), burst: 1 };
  }
  return { rate: Math.max(1, Math.floor(limitPerSecond * (1 - headroom)) - burst), burst };
}

/** Graph's limits per endpoint class and team, as settings give them (requests per second). */
export interface GraphLimitSettings {
  appRps: number;
  tenantRps: number;
  appBurst?: number | undefined;
  tenantBurst?: number | undefined;
  messageAppRps: number;
  messageTenantRps: number;
  otherAppRps: number;
  otherTenantRps: number;
  teamRps: number;
  headroom: number;
  /** The least time (ms) one-token buckets keep free in each second for late requests (see limitsUnder). */
  marginMs?: number | undefined;
}

/** The buckets of every class and the team bucket, each kept under its limit with the headroom. */
export function graphLimits(s: GraphLimitSettings) {
  const under = (rps: number, burst?: number) =>
    limitsUnder(rps, {
      headroom: s.headroom,
      ...(burst === undefined ? {} : { burst }),
      ...(s.marginMs === undefined ? {} : { marginMs: s.marginMs }),
    });
  return {
    app: under(s.appRps, s.appBurst),
    tenant: under(s.tenantRps, s.tenantBurst),
    classes: {
      message: { app: under(s.messageAppRps), tenant: under(s.messageTenantRps) },
      other: { app: under(s.otherAppRps), tenant: under(s.otherTenantRps) },
    },
    team: under(s.teamRps, 1),
  } satisfies Pick<RateLimiterOptions, "app" | "tenant" | "classes" | "team">;
}

export class RateLimiter {
  private readonly redis: RedisWithScripts;

  constructor(private readonly options: RateLimiterOptions) {
    const redis = options.redis as RedisWithScripts;
    if (typeof redis.capstanTakeTokens !== "function") {
      redis.defineCommand("capstanTakeTokens", { lua: TAKE_SCRIPT });
      redis.defineCommand("capstanBlockTenant", { numberOfKeys: 1, lua: BLOCK_SCRIPT });
    }
    if (typeof redis.capstanLimiterState !== "function") {
      redis.defineCommand("capstanLimiterState", { numberOfKeys: 4, lua: STATE_SCRIPT });
    }
    this.redis = redis;
  }

  private keys(appId: string, tenantId: string) {
    const tag = `{${this.options.prefix}:rl:${appId}}`;
    return {
      tag,
      app: `${tag}:app`,
      tenant: `${tag}:tenant:${tenantId}`,
      block: `${tag}:block:${tenantId}`,
    };
  }

  /** The buckets and blocks one call takes from: [keys…], [per bucket: interval, tolerance, side, label…]. */
  private plan(appId: string, tenantId: string, scope: CallScope) {
    const k = this.keys(appId, tenantId);
    const cls = scope.class ?? "export";
    const own = cls === "export" ? undefined : this.options.classes?.[cls];
    const team = scope.team && this.options.team ? scope.team.toLowerCase() : undefined;
    const none = `${k.tag}:none`;
    const keys = [k.block, `${k.block}:${cls}`, team ? `${k.block}:team:${team}` : none];
    const args: (number | string)[] = [];
    const bucket = (key: string, limits: BucketLimits, side: "a" | "t" | "m", label: string) => {
      keys.push(key);
      args.push(1000 / limits.rate, (limits.burst - 1) * (1000 / limits.rate), side, label);
    };
    if (own) {
      bucket(`${k.app}:${cls}`, own.app, "a", `app:${cls}`);
      bucket(`${k.tenant}:${cls}`, own.tenant, "t", `tenant:${cls}`);
    } else {
      bucket(k.app, this.options.app, "a", "app");
      bucket(k.tenant, this.options.tenant, "t", "tenant");
    }
    // Side "m": the team's bucket, held on its own when it alone sets the slot (see TAKE_SCRIPT).
    if (team && this.options.team) bucket(`${k.tenant}:team:${team}`, this.options.team, "m", "team");
    return { keys, args, classBlock: keys[1] as string, teamBlock: team ? keys[2] : undefined };
  }

  /**
   * Takes one token for a Graph call of `appId` against `tenantId` (of the class and team `scope` names;
   * default the export class), or says how long to wait. Pass the reservation a previous refusal returned to
   * claim that slot.
   */
  async take(
    appId: string,
    tenantId: string,
    reservation?: number,
    scope: CallScope = {},
  ): Promise<TakeResult> {
    const { keys, args } = this.plan(appId, tenantId, scope);
    const { maxReserveMs = 2000, reservationGraceMs = 30 } = this.options;
    const [granted, waitMs, reason, slot] = await this.redis.capstanTakeTokens(
      keys.length,
      ...keys,
      maxReserveMs,
      reservation ?? 0,
      reservationGraceMs,
      ...args,
    );
    if (granted === 1) return { granted: true };
    const held = Number(slot);
    return {
      granted: false,
      waitMs,
      reason,
      ...(held !== 0 ? { reservation: held } : {}),
    };
  }

  /**
   * Honours a Retry-After: no token for this tenant until it passes, or, with a scope, only for the calls of
   * that team (channel endpoints) or endpoint class. Other tenants carry on.
   */
  async block(appId: string, tenantId: string, ms: number, scope?: CallScope): Promise<void> {
    const plan = this.plan(appId, tenantId, scope ?? {});
    const key = scope ? (plan.teamBlock ?? plan.classBlock) : this.keys(appId, tenantId).block;
    await this.redis.capstanBlockTenant(key, Math.max(1, Math.ceil(ms)));
  }

  /** Honours a 429's Retry-After: no token for this tenant until it passes. Other tenants carry on. */
  async blockTenant(appId: string, tenantId: string, ms: number): Promise<void> {
    await this.redis.capstanBlockTenant(this.keys(appId, tenantId).block, Math.max(1, Math.ceil(ms)));
  }

  /**
   * What the buckets of `appId` and `appId`+`tenantId` hold now and how long the tenant stays blocked, read
   * in one script (one Redis clock); takes nothing. For dashboards: a bucket never used (or idle long enough
   * to have expired) is full.
   */
  async state(appId: string, tenantId: string): Promise<LimiterState> {
    const k = this.keys(appId, tenantId);
    const [now, appTat, tenantTat, pttl] = await this.redis.capstanLimiterState(
      k.app,
      k.tenant,
      k.block,
      `${k.block}:export`,
    );
    const at = Number(now);
    const bucket = (limits: BucketLimits, tat: string): BucketState => {
      const interval = 1000 / limits.rate;
      // GCRA: the bucket is full when the TAT is not ahead of now; each token taken moves it one interval.
      const ahead = tat === "" ? 0 : Math.max(0, Number(tat) - at);
      const tokens = Math.max(0, Math.min(limits.burst, limits.burst - ahead / interval));
      return {
        tokens: Math.round(tokens * 100) / 100,
        burst: limits.burst,
        rate: limits.rate,
        fullInMs: Math.ceil(ahead),
      };
    };
    return {
      app: bucket(this.options.app, appTat),
      tenant: bucket(this.options.tenant, tenantTat),
      blockedMs: Math.max(0, pttl),
    };
  }

  /** Remaining block on a tenant in ms (0 when not blocked). */
  async blockedFor(appId: string, tenantId: string): Promise<number> {
    const ttl = await this.redis.pttl(this.keys(appId, tenantId).block);
    return Math.max(ttl, 0);
  }
}
