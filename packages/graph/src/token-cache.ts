import { randomBytes } from "node:crypto";
import type { ICachePlugin, TokenCacheContext } from "@azure/msal-node";
import type { Redis } from "ioredis";

/**
 * Where MSAL's serialized token caches live so that every process of Capstan shares them. One entry per
 * app and customer tenant; values are MSAL's own JSON (they hold access tokens: keep the store private).
 */
export interface TokenCacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Takes a short lock; false when another process holds it. */
  lock(key: string, owner: string, ttlMs: number): Promise<boolean>;
  unlock(key: string, owner: string): Promise<void>;
}

const UNLOCK_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/** The shared store in Redis, under `${prefix}:msal:`. */
export function redisTokenCacheStore(redis: Redis, prefix: string): TokenCacheStore {
  const k = (key: string) => `${prefix}:msal:${key}`;
  return {
    get: (key) => redis.get(k(key)),
    async set(key, value, ttlSeconds) {
      await redis.set(k(key), value, "EX", ttlSeconds);
    },
    async delete(key) {
      await redis.del(k(key));
    },
    async lock(key, owner, ttlMs) {
      return (await redis.set(k(`${key}:lock`), owner, "PX", ttlMs, "NX")) === "OK";
    },
    async unlock(key, owner) {
      await redis.eval(UNLOCK_SCRIPT, 1, k(`${key}:lock`), owner);
    },
  };
}

/** Cached tokens are kept a day; MSAL itself decides when one is too close to expiry to use. */
const ENTRY_TTL_SECONDS = 86_400;
/** MSAL renews a token this long before it expires (its default tokenRenewalOffsetSeconds). */
const RENEWAL_OFFSET_S = 300;
const LOCK_TTL_MS = 5_000;
const POLL_MS = 25;

/** True when the serialized cache holds an access token MSAL would still hand out. */
export function hasUsableAccessToken(serialized: string | null, nowMs = Date.now()): boolean {
  if (!serialized) return false;
  try {
    const parsed = JSON.parse(serialized) as { AccessToken?: Record<string, { expires_on?: string }> };
    const horizon = Math.floor(nowMs / 1000) + RENEWAL_OFFSET_S + 5;
    return Object.values(parsed.AccessToken ?? {}).some((t) => Number(t.expires_on) > horizon);
  } catch {
    return false;
  }
}

/**
 * An MSAL cache plugin for one app + tenant, backed by a shared store. When the shared cache has no usable
 * token, one process takes a short lock and fetches; the others wait for its token instead of each asking
 * Entra ID for one (N workers → one token request per tenant per hour).
 */
export class SharedTokenCachePlugin implements ICachePlugin {
  private readonly owner = randomBytes(8).toString("hex");
  private holding = false;

  constructor(
    private readonly store: TokenCacheStore,
    readonly key: string,
  ) {}

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    let data = await this.read();
    // A write (hasChanged) follows a fetch this process already decided on: just merge with what is stored.
    if (!context.cacheHasChanged && !this.holding && !hasUsableAccessToken(data)) {
      // Whoever takes the lock fetches; the others wait for its token. When the fetcher fails (or dies),
      // the lock is released (or lapses) and the next waiter takes over.
      const deadline = Date.now() + 2 * LOCK_TTL_MS;
      while (!this.holding && Date.now() < deadline) {
        if (await this.store.lock(this.key, this.owner, LOCK_TTL_MS).catch(() => true)) {
          this.holding = true;
          break;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
        data = await this.read();
        if (hasUsableAccessToken(data)) break;
      }
    }
    if (data) context.tokenCache.deserialize(data);
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (context.cacheHasChanged) {
      // The shared cache is an optimisation: when the store fails, this process still has its token.
      await this.store.set(this.key, context.tokenCache.serialize(), ENTRY_TTL_SECONDS).catch(() => {});
      await this.release();
    }
  }

  private read(): Promise<string | null> {
    return this.store.get(this.key).catch(() => null);
  }

  /** Lets others fetch: called after a write, and when a fetch failed. */
  async release(): Promise<void> {
    if (!this.holding) return;
    this.holding = false;
    await this.store.unlock(this.key, this.owner).catch(() => {});
  }

  async clear(): Promise<void> {
    await this.release();
    await this.store.delete(this.key);
  }
}
