import type { Redis } from "ioredis";

/**
 * Graph's two limits taken together, atomically: the app's (all tenants) and the app+tenant's. Each is a
 * token bucket kept as GCRA state (the "theoretical arrival time"), so a call takes a token from both
 * buckets or from neither.
 *
 * A caller that finds no token gets its own future slot (a reservation), up to `maxReserveMs` ahead. It
 * waits until then and comes back with the reservation instead of asking again: contenders queue in time
 * rather than retrying in a storm, and the limit is never exceeded. When the app's limit sets the slot,
 * both buckets count it at once; when the tenant's own limit does, only the tenant's bucket is booked, and
 * the app's token is taken (or its slot booked) when the caller claims the slot, so one tenant's queue of
 * reservations never makes another tenant wait for the app bucket. A tenant blocked by a 429's Retry-After gets no token and no reservation until
 * the block expires; other tenants are not affected.
 *
 * Every key of one app shares the hash tag {prefix:rl:appId}, so the script runs on Redis Cluster.
 * Time comes from Redis (TIME), so any number of worker processes share one clock.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000

local blocked = redis.call('PTTL', KEYS[3])
if blocked > 0 then
  return {0, blocked, 'blocked', 0}
end

local appInterval, appTolerance = tonumber(ARGV[1]), tonumber(ARGV[2])
local tenantInterval, tenantTolerance = tonumber(ARGV[3]), tonumber(ARGV[4])
local maxReserve = tonumber(ARGV[5])
local reserved = tonumber(ARGV[6])
local grace = tonumber(ARGV[7])

local function setTat(key, tat, tolerance)
  redis.call('SET', key, string.format('%.3f', tat), 'PX', math.ceil(tat - now + tolerance) + 1000)
end

-- Both buckets counted a slot held as a negative time; only the tenant's, a positive one. Claimed early it
-- is kept; claimed on time it is granted (a tenant slot once the app gives its token); claimed too late it
-- has lapsed (sending now would bunch late callers together), and a fresh take follows.
if reserved ~= 0 then
  local at = math.abs(reserved)
  if now + 1 < at then return {0, math.ceil(at - now), 'reserved', ARGV[6]} end
  if now - at <= grace then
    if reserved < 0 then return {1, 0, 'ok', 0} end
    local appTat = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
    local appSlot = math.max(now, appTat - appTolerance)
    if appSlot - now > maxReserve then
      return {0, math.max(1, math.ceil(appSlot - now - maxReserve)), 'app', 0}
    end
    setTat(KEYS[1], math.max(appTat, appSlot) + appInterval, appTolerance)
    if appSlot <= now then return {1, 0, 'ok', 0} end
    return {0, math.ceil(appSlot - now), 'app', string.format('%.3f', -appSlot)}
  end
end

local appTat = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local tenantTat = math.max(tonumber(redis.call('GET', KEYS[2]) or now), now)
local appAllowAt = appTat - appTolerance
local tenantAllowAt = tenantTat - tenantTolerance
local slot = math.max(now, appAllowAt, tenantAllowAt)
local reason = 'tenant'
if appAllowAt > tenantAllowAt then reason = 'app' end

if slot - now > maxReserve then
  return {0, math.max(1, math.ceil(slot - now - maxReserve)), reason, 0}
end

setTat(KEYS[2], math.max(tenantTat, slot) + tenantInterval, tenantTolerance)
if slot > now and reason == 'tenant' then
  -- The tenant's own limit sets the slot: only its bucket is booked now. Booking the app bucket that far
  -- ahead too would make every other tenant wait behind this one's queue; the app's token is taken when the
  -- slot is claimed.
  return {0, math.ceil(slot - now), reason, string.format('%.3f', slot)}
end
setTat(KEYS[1], math.max(appTat, slot) + appInterval, appTolerance)
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

/** Reads both buckets and the block without changing anything: Redis time, both TATs, the block's PTTL. */
const STATE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
return {string.format('%.3f', now), redis.call('GET', KEYS[1]) or '', redis.call('GET', KEYS[2]) or '', redis.call('PTTL', KEYS[3])}
`;

export interface BucketLimits {
  /** Tokens per second. */
  rate: number;
  /** Largest number of tokens the bucket holds: how many calls may go out at once after a quiet spell. */
  burst: number;
}

export interface RateLimiterOptions {
  redis: Redis;
  /** Key prefix shared by every process of one deployment. */
  prefix: string;
  app: BucketLimits;
  tenant: BucketLimits;
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
      /** Which limit said no: the app's bucket, the tenant's, a 429 block, or a reservation not yet due. */
      reason: "app" | "tenant" | "blocked" | "reserved";
      /**
       * When set, a slot is held: come back with it at its time (|reservation|, Redis time in ms). Negative:
       * both buckets counted it, and it is granted; positive: the tenant's did, and the app's token follows.
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
  /** Milliseconds the tenant stays blocked by a 429's Retry-After (0 when not blocked). */
  blockedMs: number;
}

type RedisWithScripts = Redis & {
  capstanTakeToken(
    k1: string,
    k2: string,
    k3: string,
    ...args: (number | string)[]
  ): Promise<[number, number, string, number | string]>;
  capstanBlockTenant(k1: string, ms: number): Promise<number>;
  capstanLimiterState(k1: string, k2: string, k3: string): Promise<[string, string, string, number]>;
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
  }: { headroom?: number; burst?: number } = {},
): BucketLimits {
  return { rate: Math.max(1, Math.floor(limitPerSecond * (1 - headroom)) - burst), burst };
}

export class RateLimiter {
  private readonly redis: RedisWithScripts;

  constructor(private readonly options: RateLimiterOptions) {
    const redis = options.redis as RedisWithScripts;
    if (typeof redis.capstanTakeToken !== "function") {
      redis.defineCommand("capstanTakeToken", { numberOfKeys: 3, lua: TAKE_SCRIPT });
      redis.defineCommand("capstanBlockTenant", { numberOfKeys: 1, lua: BLOCK_SCRIPT });
    }
    if (typeof redis.capstanLimiterState !== "function") {
      redis.defineCommand("capstanLimiterState", { numberOfKeys: 3, lua: STATE_SCRIPT });
    }
    this.redis = redis;
  }

  private keys(appId: string, tenantId: string) {
    const tag = `{${this.options.prefix}:rl:${appId}}`;
    return {
      app: `${tag}:app`,
      tenant: `${tag}:tenant:${tenantId}`,
      block: `${tag}:block:${tenantId}`,
    };
  }

  /**
   * Takes one token for a Graph call of `appId` against `tenantId`, or says how long to wait. Pass the
   * reservation a previous refusal returned to claim that slot.
   */
  async take(appId: string, tenantId: string, reservation?: number): Promise<TakeResult> {
    const k = this.keys(appId, tenantId);
    const { app, tenant, maxReserveMs = 2000, reservationGraceMs = 30 } = this.options;
    const [granted, waitMs, reason, slot] = await this.redis.capstanTakeToken(
      k.app,
      k.tenant,
      k.block,
      1000 / app.rate,
      (app.burst - 1) * (1000 / app.rate),
      1000 / tenant.rate,
      (tenant.burst - 1) * (1000 / tenant.rate),
      maxReserveMs,
      reservation ?? 0,
      reservationGraceMs,
    );
    if (granted === 1) return { granted: true };
    const held = Number(slot);
    return {
      granted: false,
      waitMs,
      reason: reason as "app" | "tenant" | "blocked" | "reserved",
      ...(held !== 0 ? { reservation: held } : {}),
    };
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
    const [now, appTat, tenantTat, pttl] = await this.redis.capstanLimiterState(k.app, k.tenant, k.block);
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
