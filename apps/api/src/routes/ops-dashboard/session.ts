import { createHmac, randomBytes } from "node:crypto";
import type { Config } from "@capstan/config";
import type { FastifyReply, FastifyRequest } from "fastify";
import { safeEqual } from "../../lib/api-keys";

/**
 * Ops sign-in: the OPS_TOKEN typed into a form becomes a session cookie — signed (HMAC under a key derived
 * from OPS_TOKEN, so changing the token signs everyone out), HttpOnly, SameSite=Strict, scoped to /ops,
 * Secure behind https, expiring after OPS_SESSION_TTL_SECONDS. Nothing is kept server-side.
 * Forms that act carry a CSRF token bound to the session.
 */

export const SESSION_COOKIE = "capstan_ops";

export type OpsRole = "read" | "write";

export interface OpsSession {
  /** Random id of this sign-in; CSRF tokens are bound to it. */
  sid: string;
  role: OpsRole;
  /** Expiry, ms since the epoch. */
  exp: number;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in operator under /ops (set by the dashboard's hook), else null. */
    opsSession: OpsSession | null;
  }
}

/** The key that signs session cookies and CSRF tokens; null when OPS_TOKEN is unset (no sign-in at all). */
export function sessionKey(config: Config): Buffer | null {
  if (!config.OPS_TOKEN) return null;
  return createHmac("sha256", config.OPS_TOKEN).update("capstan ops dashboard session v1").digest();
}

/** True when the token typed in is the ops token (compared in constant time). */
export function isOpsToken(config: Config, given: unknown): boolean {
  return (
    typeof given === "string" && given.length > 0 && !!config.OPS_TOKEN && safeEqual(given, config.OPS_TOKEN)
  );
}

export function newSession(config: Config): OpsSession {
  return {
    sid: randomBytes(16).toString("base64url"),
    role: config.OPS_DASHBOARD_WRITES ? "write" : "read",
    exp: Date.now() + config.OPS_SESSION_TTL_SECONDS * 1000,
  };
}

function cookieOptions(config: Config) {
  return {
    path: "/ops",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: config.PUBLIC_BASE_URL.startsWith("https:"),
    signed: true,
  };
}

export function setSessionCookie(reply: FastifyReply, config: Config, session: OpsSession): void {
  const value = Buffer.from(JSON.stringify(session)).toString("base64url");
  reply.setCookie(SESSION_COOKIE, value, {
    ...cookieOptions(config),
    maxAge: config.OPS_SESSION_TTL_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

/** The session the request's cookie proves, if any: signature valid, well formed, not expired. */
export function readSession(request: FastifyRequest): OpsSession | null {
  const raw = request.cookies?.[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(unsigned.value, "base64url").toString("utf8")) as OpsSession;
    if (
      typeof parsed.sid !== "string" ||
      (parsed.role !== "read" && parsed.role !== "write") ||
      typeof parsed.exp !== "number" ||
      parsed.exp <= Date.now()
    ) {
      return null;
    }
    return parsed;
  } catch {
    return null;
  }
}

/** The CSRF token of a session: forms that act must send it back. */
export function csrfToken(key: Buffer, session: OpsSession): string {
  return createHmac("sha256", key).update(`csrf:${session.sid}`).digest("base64url");
}

export function csrfValid(key: Buffer, session: OpsSession, given: unknown): boolean {
  return typeof given === "string" && safeEqual(given, csrfToken(key, session));
}

/**
 * Cross-site requests are refused before anything else: a browser names the site a request comes from
 * (Sec-Fetch-Site) and its origin (Origin); both must be this one.
 */
export function sameOrigin(request: FastifyRequest, config: Config): boolean {
  const site = request.headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.origin;
  if (typeof origin !== "string" || origin === "") return true;
  const own = `${request.protocol}://${request.host}`;
  return origin === own || origin === new URL(config.PUBLIC_BASE_URL).origin;
}

/** A relative /ops URL to go back to after signing in; anything else becomes the overview. */
export function safeNext(next: unknown): string {
  if (typeof next !== "string") return "/ops/";
  if (!/^\/ops(\/|$|\?)/.test(next) || next.startsWith("//") || /[\\\s]/.test(next)) return "/ops/";
  return next;
}
