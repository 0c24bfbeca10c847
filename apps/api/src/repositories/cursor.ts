/** Opaque keyset cursors: the sort key of the last row, base64url-encoded JSON. */
export class InvalidCursorError extends Error {}

export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, length: number): string[] | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === "string")) return key;
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}
