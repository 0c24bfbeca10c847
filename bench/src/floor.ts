import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { cpuSeconds } from "./processes";

/** How the floor is measured, as the report names it. */
export const FLOOR_METHOD =
  "COPY (SELECT raw::text FROM message_versions WHERE tenant_id = ANY(…)) TO STDOUT, streamed into COPY … FROM STDIN of an UNLOGGED table with one jsonb column (so JSON parsing is included)";

/**
 * The storage floor of a phase: what PostgreSQL needs, at least, to store the same raw JSON the engine
 * stored, without the engine (no Graph, no worker, no indexes, no WAL): COPY into an UNLOGGED jsonb table.
 */
export interface StorageFloor {
  method: string;
  column: "jsonb";
  /** Rows copied: the versions of the phase's tenants in message_versions. */
  versions: number;
  /** Bytes of raw JSON text streamed. */
  bytes: number;
  wallSeconds: number;
  /** CPU of the backend running COPY … FROM STDIN: the floor. */
  postgresCpuSeconds: number;
  /** CPU of the backend reading message_versions (COPY … TO STDOUT): not part of the floor. */
  readerCpuSeconds: number;
  /** Floor: the COPY FROM backend's CPU per version, µs. */
  cpuUsPerVersion: number;
  wallUsPerVersion: number;
}

const FLOOR_TABLE = "bench_storage_floor";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function connect(databaseUrl: string): Promise<{ client: pg.Client; pid: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const r = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  return { client, pid: r.rows[0]!.pid };
}

/** Streams the raw JSON of the tenants' stored versions into a scratch UNLOGGED jsonb table, timed. */
export async function measureStorageFloor(databaseUrl: string, tenantIds: string[]): Promise<StorageFloor> {
  // COPY takes no parameters: the ids go into the statement, so they must be UUIDs.
  const bad = tenantIds.find((id) => !UUID.test(id));
  if (bad !== undefined) throw new Error(`not a tenant id: '${bad}'`);
  const reader = await connect(databaseUrl);
  const writer = await connect(databaseUrl);
  try {
    await writer.client.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`);
    await writer.client.query(`CREATE UNLOGGED TABLE ${FLOOR_TABLE} (raw jsonb NOT NULL)`);
    const cpu0 = { writer: cpuSeconds(writer.pid) ?? 0, reader: cpuSeconds(reader.pid) ?? 0 };
    const started = performance.now();
    let bytes = 0;
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    const source = reader.client.query(
      copyTo(
        `COPY (SELECT raw::text FROM message_versions WHERE tenant_id = ANY('{${tenantIds.join(",")}}'::uuid[])) TO STDOUT`,
      ),
    );
    const sink = writer.client.query(copyFrom(`COPY ${FLOOR_TABLE} (raw) FROM STDIN`));
    await pipeline(source, count, sink);
    const wallSeconds = (performance.now() - started) / 1000;
    const postgresCpuSeconds = Math.max(0, (cpuSeconds(writer.pid) ?? 0) - cpu0.writer);
    const readerCpuSeconds = Math.max(0, (cpuSeconds(reader.pid) ?? 0) - cpu0.reader);
    const versions = Number(sink.rowCount ?? 0);
    const per = (s: number) => (versions > 0 ? (s * 1e6) / versions : 0);
    return {
      method: FLOOR_METHOD,
      column: "jsonb",
      versions,
      bytes,
      wallSeconds,
      postgresCpuSeconds,
      readerCpuSeconds,
      cpuUsPerVersion: per(postgresCpuSeconds),
      wallUsPerVersion: per(wallSeconds),
    };
  } finally {
    await writer.client.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`).catch(() => {});
    await Promise.all([reader.client.end(), writer.client.end()]).catch(() => {});
  }
}
