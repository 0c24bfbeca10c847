import { decodeCursor, encodeCursor } from "../repositories/cursor";

/** Prisma `where` of the rows after the cursor, for orderBy newestFirst: keyset over (createdAt, id). */
export function afterCursor(cursor: string | undefined) {
  const key = decodeCursor(cursor, 2);
  if (!key) return {};
  const createdAt = new Date(key[0]!);
  const id = key[1]!;
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return impossible;
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

/** A cursor that decodes but names no row we could have issued: nothing after it. */
const impossible = { id: { in: [] as string[] } };

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
