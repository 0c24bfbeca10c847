import pg from "pg";

/**
 * A fingerprint of every row of every table in the database (without api_keys.last_used_at, which any
 * authenticated request may update, and ops_metric_minutes, the operators' per-minute counters): equal
 * fingerprints mean nothing was stored, changed or deleted.
 */
export async function databaseFingerprint(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('_prisma_migrations', 'ops_metric_minutes')
        ORDER BY table_name`,
    );
    const out: Record<string, string> = {};
    for (const { table_name: table } of tables.rows) {
      const row = "(to_jsonb(t) - 'last_used_at')::text";
      const r = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(${row}, '|' ORDER BY ${row})) AS h FROM "${table}" t`,
      );
      out[table] = `${r.rows[0]?.n}:${r.rows[0]?.h ?? "-"}`;
    }
    return out;
  } finally {
    await client.end();
  }
}
