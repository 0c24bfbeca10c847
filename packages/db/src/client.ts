import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export interface CreateDbOptions {
  databaseUrl: string;
  /** Pool size per process. */
  maxConnections?: number;
}

/** One Prisma client per process, talking to Postgres through the pg driver (no native engine). */
export function createDb({ databaseUrl, maxConnections = 10 }: CreateDbOptions): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: maxConnections });
  return new PrismaClient({ adapter });
}

const RETRYABLE_CODES = new Set(["P2034", "40001", "40P01"]);

/**
 * Runs `fn` in a transaction and retries it when Postgres aborts it for a serialization failure
 * or a deadlock, which concurrent workers storing overlapping pages can provoke.
 */
export async function withTransaction<T>(
  db: Db,
  fn: (tx: Tx) => Promise<T>,
  { attempts = 5, timeoutMs = 30_000 }: { attempts?: number; timeoutMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { timeout: timeoutMs, maxWait: timeoutMs });
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((r) => setTimeout(r, 10 * 2 ** attempt * Math.random()));
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (RETRYABLE_CODES.has(error.code)) return true;
    const meta = error.meta as { code?: string } | undefined;
    return meta?.code !== undefined && RETRYABLE_CODES.has(meta.code);
  }
  return false;
}
