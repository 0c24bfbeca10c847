import { decodeCursor, encodeCursor } from "../repositories/cursor";

/** Prisma `where` of the rows after the cursor, for orderBy newestFirst: keyset over (createdAt, id). */
export function afterCursor(cursor: string | undefined) {
  // A position that is not (timestamp, uuid) is no cursor of ours: invalid_cursor, never a query.
  const key = decodeCursor(cursor, 2, ["timestamp", "uuid"]);
  if (!key) return {};
  const createdAt = new Date(key[0]!);
  const id = key[1]!;
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Fetch limit + 1 rows; this turns them into a page and the next cursor. */
export function toPage<R extends { createdAt: Date; id: string }, V>(
  rows: R[],
  limit: number,
  view: (row: R) => V,
): { data: V[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(view),
    nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
