import type { IncomingMessage } from "node:http";
import type { FastifyRequest } from "fastify";
import { CLOUD_HOSTS, CLOUD_NAMES, CLOUDS, type CloudName } from "./constants";

// National clouds on one server. No machine reaches Microsoft, so a client points each cloud host at the
// simulator through a base URL: `http://sim/graph.microsoft.us` answers as https://graph.microsoft.us. The
// first path segment names the host (stripped before routing); so does a Host header naming a cloud host
// (a reverse proxy that keeps it). Neither: the global cloud, as before. Paths, bodies and tokens are what
// Microsoft's would be; only the base URL differs.

const hostOfRequest = new WeakMap<IncomingMessage, string>();

/** Fastify's rewriteUrl: strips a leading cloud-host segment and remembers it for the request. */
export function rewriteCloudHost(raw: IncomingMessage): string {
  const url = raw.url ?? "/";
  const m = /^\/([A-Za-z0-9.-]+)(\/.*|\?.*)?$/.exec(url);
  const seg = m?.[1]?.toLowerCase();
  if (seg && CLOUD_HOSTS.has(seg)) {
    hostOfRequest.set(raw, seg);
    const rest = m?.[2] ?? "/";
    return rest.startsWith("?") ? `/${rest}` : rest;
  }
  return url;
}

export interface ServedHost {
  /** The Microsoft host this request is answered as. */
  host: string;
  /** The path prefix that named it ("" when none did): links the simulator hands out keep it. */
  prefix: string;
}

/** The cloud host a request addressed: its path prefix, else its Host header, else null (global). */
export function servedHost(req: FastifyRequest): ServedHost | null {
  const fromPath = hostOfRequest.get(req.raw);
  if (fromPath) return { host: fromPath, prefix: `/${fromPath}` };
  const header = (req.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
  if (CLOUD_HOSTS.has(header)) return { host: header, prefix: "" };
  return null;
}

/** The Graph host a request is answered as; null when it addressed a login host. */
export function graphHostOf(req: FastifyRequest): ServedHost | null {
  const s = servedHost(req) ?? { host: CLOUDS.global.graph, prefix: "" };
  return CLOUD_NAMES.some((c) => CLOUDS[c].graph === s.host) ? s : null;
}

/** The Entra ID host a request is answered as; null when it addressed a Graph host. */
export function loginHostOf(req: FastifyRequest): ServedHost | null {
  const s = servedHost(req) ?? { host: CLOUDS.global.login, prefix: "" };
  return CLOUD_NAMES.some((c) => CLOUDS[c].login === s.host) ? s : null;
}

/** The clouds whose Entra ID is `loginHost` (US Government L4 and L5 share one). */
export function cloudsOfLogin(loginHost: string): CloudName[] {
  return CLOUD_NAMES.filter((c) => CLOUDS[c].login === loginHost);
}

/**
 * Why Graph refuses a token at this request's host: a token is for one Graph resource (its cloud's), and
 * a Graph host serves only tokens for itself. Null when it is good here.
 */
export function audienceRefusal(req: FastifyRequest, aud: string): string | null {
  const served = graphHostOf(req);
  if (!served) return "Access token validation failure. Invalid audience.";
  return aud.replace(/\/$/, "").toLowerCase() === `https://${served.host}`
    ? null
    : "Access token validation failure. Invalid audience.";
}
