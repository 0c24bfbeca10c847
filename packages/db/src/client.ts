import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "./generated/client";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export interface CreateDbOptions {
  databaseUrl: string;
  /** Pool size per process. */
  maxConnections?: number;
}

type Release = (err?: Error | boolean) => void;

/**
 * A pg pool whose checked-out connections give themselves back when they die. Prisma ends an interactive
 * transaction by sending COMMIT or ROLLBACK and only then releasing the connection; when Postgres restarts
 * or the network drops mid-transaction that query fails and the release never happens, so every
 * transaction in flight during an outage would hold a pool slot forever and, once the pool is used up,
 * every later query would wait forever. Here a connection that ends while checked out is released (and
 * discarded) at once, and a release after that is a no-op.
 */
export class SelfHealingPool extends pg.Pool {
  // pg's connect() has a callback and a promise form; pool.query() uses the callback form.
  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: Release) => void,
  ): void;
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: Release) => void,
  ): Promise<pg.PoolClient> | undefined {
    if (callback) {
      super.connect((err, client, done) => {
        if (client) guardCheckedOut(client);
        callback(err, client, client ? client.release : done);
      });
      return;
    }
    return super.connect().then((client) => {
      guardCheckedOut(client);
      return client;
    });
  }
}

function guardCheckedOut(client: pg.PoolClient): void {
  const release = client.release as Release;
  let released = false;
  const onEnd = () => {
    if (released) return;
    released = true;
    release(new Error("connection ended while checked out"));
  };
  client.once("end", onEnd);
  client.release = ((err?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener("end", onEnd);
    release(err);
  }) as pg.PoolClient["release"];
}

// The pg pool under each client createDb made; a WeakMap keeps createDb's return type the Prisma client.
const pools = new WeakMap<Db, pg.Pool>();

/** One Prisma client per process, talking to Postgres through the pg driver (no native engine). */
export function createDb({ databaseUrl, maxConnections = 10 }: CreateDbOptions): Db {
  const pool = new SelfHealingPool({ connectionString: databaseUrl, max: maxConnections });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const db = new PrismaClient({ adapter });
  pools.set(db, pool);
  return db;
}

/**
 * The pg pool under a client made by createDb, shared with Prisma (one pool size, one shutdown), for the
 * hot statements on which Prisma's query compiler and serialisation would cost more CPU than the work itself.
 */
export function pgPoolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("this Prisma client was not made by createDb");
  return pool;
}

/** A statement with positional parameters ($1…), which Prisma ($queryRawUnsafe) and pg both run. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** What statements that skip Prisma run on: a pg client (in a transaction of withPgTransaction) or pool. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * Where a statement shared by both paths runs: Prisma (a client or an interactive transaction) or a pg
 * connection (in a transaction of withPgTransaction, the export engine's page path).
 */
export type SqlTarget = Db | Tx | Queryable;

/** Runs a statement on either kind of target: `rows` returns a query's rows, `count` the rows it wrote. */
export interface Sql {
  rows<R>(text: string, values: unknown[]): Promise<R[]>;
  count(text: string, values: unknown[]): Promise<number>;
}

export function sqlOf(target: SqlTarget): Sql {
  if ("$queryRawUnsafe" in target) {
    return {
      rows: (text, values) => target.$queryRawUnsafe(text, ...values),
      count: (text, values) => target.$executeRawUnsafe(text, ...values),
    };
  }
  return {
    rows: async <R>(text: string, values: unknown[]) => (await target.query(text, values)).rows as R[],
    count: async (text, values) => (await target.query(text, values)).rowCount ?? 0,
  };
}

/**
 * Runs `fn` in a transaction on one pooled pg connection, and retries it as withTransaction does when
 * Postgres aborts it for a serialization failure or a deadlock.
 */
export function withPgTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  { attempts = 5 }: { attempts?: number } = {},
): Promise<T> {
  return onPgConnection(pool, fn, attempts, true);
}

/**
 * Runs `fn` on one pooled pg connection without a transaction around it (each statement commits on its own),
 * retried as withPgTransaction is: for a statement that is all-or-nothing by itself, it saves the BEGIN and
 * COMMIT round trips, and the row locks it takes are held only while it runs.
 */
export function withPgConnection<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  { attempts = 5 }: { attempts?: number } = {},
): Promise<T> {
  return onPgConnection(pool, fn, attempts, false);
}

async function onPgConnection<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  attempts: number,
  transaction: boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    // The pool stops listening for a client's 'error' while it is checked out, and an unheard 'error'
    // event would crash the process; the failure reaches `fn` anyway as its rejected query.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on("error", onError);
    try {
      if (transaction) await client.query("BEGIN");
      const result = await fn(client);
      if (transaction) await client.query("COMMIT");
      return result;
    } catch (error) {
      if (transaction && !broken) {
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          broken = rollbackError;
        });
      }
      if (attempt >= attempts || !isRetryable(error)) throw error;
    } finally {
      client.removeListener("error", onError);
      // Released with the error, a dead or half-finished connection is discarded instead of reused.
      client.release(broken);
    }
    await backOff(attempt);
  }
}

const RETRYABLE_CODES = new Set(["P2034", "40001", "40P01"]);

function backOff(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, 10 * 2 ** attempt * Math.random()));
}

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
      await backOff(attempt);
    }
  }
}

function isRetryable(error: unknown): boolean {
  // From pg itself, the SQLSTATE is the error's code.
  if (error instanceof pg.DatabaseError) return error.code !== undefined && RETRYABLE_CODES.has(error.code);
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (RETRYABLE_CODES.has(error.code)) return true;
    // Through the pg driver adapter, Postgres' SQLSTATE arrives nested (P2010 with the adapter's cause).
    const meta = error.meta as
      | { code?: string; driverAdapterError?: { cause?: { code?: string; originalCode?: string } } }
      | undefined;
    const cause = meta?.driverAdapterError?.cause;
    return [meta?.code, cause?.code, cause?.originalCode].some(
      (code) => code !== undefined && RETRYABLE_CODES.has(code),
    );
  }
  return false;
}

/** Connection-level failures: Postgres is down, restarting, or unreachable (not a bad query). */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
/** SQLSTATE: connection exceptions (08…), too many connections, server shutting down or starting up. */
const UNAVAILABLE_SQLSTATE = /^(08...|53300|57P01|57P02|57P03)$/;
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|Can't reach database server|timeout exceeded when trying to connect|Client was closed and is not queryable/i;

/**
 * Whether an error means the database could not be reached (down, restarting, network cut), as opposed
 * to a query it refused. The API answers these with 503 and callers retry; nothing about them is a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const err = e as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string; code?: string } } };
      cause?: unknown;
    };
    if (e instanceof Prisma.PrismaClientInitializationError) return true;
    if (typeof err.code === "string") {
      if (UNAVAILABLE_PRISMA_CODES.has(err.code)) return true;
      // A socket error of the pg driver itself (not, say, a failed fetch wrapped further down).
      if (depth === 0 && UNAVAILABLE_SOCKET_CODES.has(err.code)) return true;
      if (UNAVAILABLE_SQLSTATE.test(err.code)) return true;
    }
    const cause = err.meta?.driverAdapterError?.cause;
    if (cause) {
      if (cause.kind && UNAVAILABLE_ADAPTER_KINDS.has(cause.kind)) return true;
      const sqlState = cause.originalCode ?? cause.code;
      if (sqlState && UNAVAILABLE_SQLSTATE.test(sqlState)) return true;
    }
    if (typeof err.message === "string" && UNAVAILABLE_MESSAGES.test(err.message)) return true;
    e = err.cause;
  }
  return false;
}
