import { hashString } from "./hash";

// Opaque continuation tokens: the whole paging state, base64url-encoded with a checksum, so a
// nextLink keeps working across simulator restarts with the same seed.

export interface MessagePageState {
  k: "u" | "t";
  /** tenant id */
  t: string;
  /** scope id: user id or team id */
  s: string;
  /** raw $filter, re-parsed on every page */
  f: string | null;
  top: number;
  /** model query parameter */
  m: string | null;
  /** container ordinal, phase (0 generated, 1 overlay), index */
  c: number;
  p: number;
  i: number;
  /** page number (seeds per-page shuffling and faults) */
  n: number;
  /** getAllRetainedMessages ("retained") or a deleted team ("deleted"); absent: getAllMessages */
  v?: "retained" | "deleted";
}

export interface ListPageState {
  k: "users" | "groups" | "deletedUsers" | "teams" | "deletedTeams";
  t: string;
  /** offset */
  o: number;
  top: number;
  sel: string | null;
  f: string | null;
}

export type PageState = MessagePageState | ListPageState;

export function encodeToken(state: PageState): string {
  const body = JSON.stringify(state);
  const sum = hashString(`capstan:${body}`).toString(36);
  return Buffer.from(`1.${sum}.${body}`, "utf8").toString("base64url");
}

export function decodeToken(token: string): PageState | null {
  try {
    const raw = Buffer.from(token, "base64url").toString("utf8");
    const m = /^1\.([0-9a-z]+)\.(.*)$/s.exec(raw);
    if (!m) return null;
    if (hashString(`capstan:${m[2]}`).toString(36) !== m[1]) return null;
    const state = JSON.parse(m[2]!) as PageState;
    return typeof state === "object" && state !== null && typeof state.k === "string" ? state : null;
  } catch {
    return null;
  }
}
