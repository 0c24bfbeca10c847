/** Opaque keyset cursors: the sort key of the last row, base64url-encoded JSON. */
export class InvalidCursorError extends Error {}

export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** What a part of a keyset position must look like before it reaches a query. */
export type CursorPart = "text" | "timestamp" | "uuid" | "hex";

const PART: Record<CursorPart, (v: string) => boolean> = {
  // Any text Postgres can compare: no NUL, no unpaired surrogate (cursors are base64url of JSON, so they can
  // carry both).
  text: (v) =>
    v.length <= 512 &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what Postgres text cannot store.
    !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v),
  // The ISO form toISOString writes, which is what encodeCursor was given.
  timestamp: (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  hex: (v) => /^(?:[0-9a-f]{2}){0,64}$/.test(v),
};

/**
 * The keyset position of a cursor, each part checked against what it must be (by default: text), or
 * InvalidCursorError: a cursor this API did not issue never reaches a query.
 */
export function decodeCursor(
  cursor: string | undefined,
  length: number,
  parts: CursorPart[] = Array.from({ length }, () => "text"),
): string[] | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((k, i) => typeof k === "string" && PART.text(k) && PART[parts[i] ?? "text"](k))
    )
      return key;
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}
