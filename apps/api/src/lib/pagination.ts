import { decodeCursor, encodeCursor } from "../repositories/cursor";

// Newest-first keyset paging over (a timestamp column, id): every list of the API pages this way. The cursor
// is the last row's (time, id); a position that is not (timestamp, uuid) is no cursor of ours
// (invalid_cursor), so it never reaches a query.

type TimeField = "createdAt" | "startedAt" | "attemptedAt";

/** Prisma `where` of the rows after the cursor, for orderBy newestFirstBy(field). */
export function afterCursor(cursor: string | undefined, field: TimeField = "createdAt") {
  const key = decodeCursor(cursor, 2, ["timestamp", "uuid"]);
  if (!key) return {};
  const at = new Date(key[0] as string);
  const id = key[1] as string;
  return { OR: [{ [field]: { lt: at } }, { [field]: at, id: { lt: id } }] };
}

export const newestFirstBy = <F extends TimeField>(field: F) =>
  [{ [field]: "desc" as const }, { id: "desc" as const }] as [Record<F, "desc">, { id: "desc" }];

export const newestFirst = newestFirstBy("createdAt");

/** Fetch limit + 1 rows; this turns them into a page and the next cursor. */
export function toPage<R extends { id: string }, V>(
  rows: R[],
  limit: number,
  view: (row: R) => V,
  at: (row: R) => Date = (row) => (row as unknown as { createdAt: Date }).createdAt,
): { data: V[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(view),
    nextCursor: rows.length > limit && last ? encodeCursor([at(last).toISOString(), last.id]) : null,
  };
}
