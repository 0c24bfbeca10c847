import type { Redis } from "ioredis";

/**
 * Two token buckets taken together, atomically: the app's (all tenants) and the app+tenant's.
 * A token is taken from both or from neither. A tenant blocked by a 429's Retry-After gets no token
 * until the block expires; other tenants are not affected.
 *
 * Every key of one app shares the hash tag {prefix:appId}, so the script runs on Redis Cluster.
 * Time comes from Redis (TIME), so any number of worker processes share one clock.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

local function refill(key, rate, burst)
  local state = redis.call('HMGET', key, 'tokens', 'ts')
  local tokens = tonumber(state[1])
  local ts = tonumber(state[2])
  if tokens == nil then return burst end
  local elapsed = math.max(0, now - ts)
  return math.min(burst, tokens + elapsed * rate / 1000)
end

local function save(key, tokens, rate, burst)
  redis.call('HSET', key, 'tokens', tokens, 'ts', now)
  redis.call('PEXPIRE', key, math.ceil(burst / rate * 1000) + 1000)
end

local blocked = redis.call('PTTL', KEYS[3])
if blocked > 0 then
  return {0, blocked, 'blocked'}
end

local appRate, appBurst = tonumber(ARGV[1]), tonumber(ARGV[2])
local tenantRate, tenantBurst = tonumber(ARGV[3]), tonumber(ARGV[4])
local app = refill(KEYS[1], appRate, appBurst)
local tenant = refill(KEYS[2], tenantRate, tenantBurst)

if app >= 1 and tenant >= 1 then
  save(KEYS[1], app - 1, appRate, appBurst)
  save(KEYS[2], tenant - 1, tenantRate, tenantBurst)
  return {1, 0, 'ok'}
end

save(KEYS[1], app, appRate, appBurst)
save(KEYS[2], tenant, tenantRate, tenantBurst)
local waitApp = 0
local waitTenant = 0
if app < 1 then waitApp = math.ceil((1 - app) * 1000 / appRate) end
if tenant < 1 then waitTenant = math.ceil((1 - tenant) * 1000 / tenantRate) end
if waitTenant >= waitApp then
  return {0, math.max(1, waitTenant), 'tenant'}
end
return {0, math.max(1, waitApp), 'app'}
`;

/** Extends a tenant's block to `untilMs` from now, never shortening a longer one already set. */
const BLOCK_SCRIPT = `
local ms = tonumber(ARGV[1])
local current = redis.call('PTTL', KEYS[1])
if current < ms then
  redis.call('SET', KEYS[1], '1', 'PX', ms)
end
return math.max(current, ms)
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
}

export type TakeResult =
  | { granted: true }
  | {
      granted: false;
      /** How long to wait before asking again. */
      waitMs: number;
      /** Which limit said no: the app's bucket, the tenant's bucket, or a 429 block on the tenant. */
      reason: "app" | "tenant" | "blocked";
    };

type RedisWithScripts = Redis & {
  capstanTakeToken(k1: string, k2: string, k3: string, ...args: number[]): Promise<[number, number, string]>;
  capstanBlockTenant(k1: string, ms: number): Promise<number>;
};

/**
 * Default bursts keep the count in any one-second window at or below the limit: a bucket of rate r and
 * burst b can pass r + b calls in one second, so the rate is lowered by the burst.
 */
export function limitsUnder(limitPerSecond: number, burst = Math.max(1, Math.floor(limitPerSecond / 20))) {
  return { rate: Math.max(1, limitPerSecond - burst), burst };
}

export class RateLimiter {
  private readonly redis: RedisWithScripts;

  constructor(private readonly options: RateLimiterOptions) {
    const redis = options.redis as RedisWithScripts;
    if (typeof redis.capstanTakeToken !== "function") {
      redis.defineCommand("capstanTakeToken", { numberOfKeys: 3, lua: TAKE_SCRIPT });
      redis.defineCommand("capstanBlockTenant", { numberOfKeys: 1, lua: BLOCK_SCRIPT });
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

  /** Takes one token for a Graph call of `appId` against `tenantId`, or says how long to wait. */
  async take(appId: string, tenantId: string): Promise<TakeResult> {
    const k = this.keys(appId, tenantId);
    const { app, tenant } = this.options;
    const [granted, waitMs, reason] = await this.redis.capstanTakeToken(
      k.app,
      k.tenant,
      k.block,
      app.rate,
      app.burst,
      tenant.rate,
      tenant.burst,
    );
    if (granted === 1) return { granted: true };
    return { granted: false, waitMs, reason: reason as "app" | "tenant" | "blocked" };
  }

  /** Honours a 429's Retry-After: no token for this tenant until it passes. Other tenants carry on. */
  async blockTenant(appId: string, tenantId: string, ms: number): Promise<void> {
    await this.redis.capstanBlockTenant(this.keys(appId, tenantId).block, Math.max(1, Math.ceil(ms)));
  }

  /** Remaining block on a tenant in ms (0 when not blocked). */
  async blockedFor(appId: string, tenantId: string): Promise<number> {
    const ttl = await this.redis.pttl(this.keys(appId, tenantId).block);
    return Math.max(ttl, 0);
  }
}
