import { promises as dns } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import {
  type Allowlist,
  addressAllowlisted,
  blockedAddressReason,
  blockedHostnameReason,
  hostAllowlisted,
  isIpLiteral,
} from "./address";

/** Answers every address of a host name, in the order to try them. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dns.lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export interface TargetPolicy {
  /** http:// is accepted (development mode only). */
  allowHttp: boolean;
  allowlist: Allowlist;
  /** DNS; tests inject their own. */
  resolver?: Resolver;
}

export type RefusalCode =
  | "invalid_url"
  | "insecure_scheme"
  | "blocked_host"
  | "blocked_address"
  | "dns_error";

/** A URL webhooks must not reach, with the reason; thrown before any connection is made. */
export class TargetRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

/**
 * Checks that need no DNS: the scheme, no credentials in the URL, and a host that is neither a refused IP
 * literal nor an internal name. The API runs these when an endpoint is created or changed.
 */
export function checkUrlStatically(raw: string, policy: Omit<TargetPolicy, "resolver">): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused("invalid_url", "not a valid URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowHttp)) {
    throw new TargetRefused(
      "insecure_scheme",
      policy.allowHttp ? "the URL must be http or https" : "the URL must use https",
    );
  }
  if (url.username || url.password)
    throw new TargetRefused("invalid_url", "the URL must not contain credentials");
  const host = bare(url.hostname);
  if (!host) throw new TargetRefused("invalid_url", "the URL has no host");
  if (hostAllowlisted(policy.allowlist, host)) return url;
  if (isIpLiteral(host)) {
    const reason = blockedAddressReason(host);
    if (reason && !addressAllowlisted(policy.allowlist, host)) {
      throw new TargetRefused("blocked_address", `${host} is a ${reason} address`);
    }
    return url;
  }
  const reason = blockedHostnameReason(host);
  if (reason) throw new TargetRefused("blocked_host", `${host} is refused: ${reason}`);
  return url;
}

export interface CheckedTarget {
  url: URL;
  /** The host as written in the URL (Host header, TLS server name). */
  host: string;
  /** The checked address the connection goes to. */
  address: string;
  family: 4 | 6;
}

/**
 * The static checks, then DNS: every address the host resolves to must be public (or allowlisted), and
 * the connection is then made to the first of them, so a second lookup can never swap in another.
 */
export async function resolveTarget(raw: string, policy: TargetPolicy): Promise<CheckedTarget> {
  const url = checkUrlStatically(raw, policy);
  const host = bare(url.hostname);
  if (isIpLiteral(host)) {
    return { url, host, address: host, family: host.includes(":") ? 6 : 4 };
  }
  let addresses: { address: string; family: 4 | 6 }[];
  try {
    addresses = await (policy.resolver ?? systemResolver)(host);
  } catch (error) {
    throw new TargetRefused(
      "dns_error",
      `${host} did not resolve: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (addresses.length === 0) throw new TargetRefused("dns_error", `${host} has no address`);
  if (!hostAllowlisted(policy.allowlist, host)) {
    for (const { address } of addresses) {
      const reason = blockedAddressReason(address);
      if (reason && !addressAllowlisted(policy.allowlist, address)) {
        throw new TargetRefused("blocked_address", `${host} resolves to ${address}, a ${reason} address`);
      }
    }
  }
  const first = addresses[0] as { address: string; family: 4 | 6 };
  return { url, host, address: first.address, family: first.family };
}

export interface WebhookHttpResult {
  /** The HTTP status, or null when no answer came. */
  statusCode: number | null;
  headers: http.IncomingHttpHeaders;
  /** The first bytes of the body (at most maxBodyBytes), or null. */
  body: string | null;
  /** Until the response headers (or the failure). */
  latencyMs: number;
  errorCode: RefusalCode | "timeout" | "connection_error" | "tls_error" | null;
  error: string | null;
  /** The address the request was sent to, when one was. */
  address: string | null;
}

export interface SendOptions {
  policy: TargetPolicy;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  maxBodyBytes?: number;
  /** Extra trust anchors for https (tests with a self-signed receiver). */
  ca?: string | Buffer;
  /** Called with the checked address right before connecting. */
  onConnect?: (target: CheckedTarget) => void;
}

const TLS_CODES = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO|ERR_OSSL|HOSTNAME_MISMATCH)/;

/** A lookup that answers only the checked address, whatever the host name. */
function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

/**
 * POSTs a webhook without following redirects, to the checked address only (TLS still verifies the
 * certificate for the URL's host name), within the time-out, reading at most maxBodyBytes of the answer.
 * Never throws: refusals and failures come back as errorCode.
 */
export async function sendWebhookRequest(rawUrl: string, options: SendOptions): Promise<WebhookHttpResult> {
  const started = performance.now();
  const maxBodyBytes = options.maxBodyBytes ?? 4096;
  const failed = (
    errorCode: WebhookHttpResult["errorCode"],
    error: string,
    address: string | null = null,
  ) => ({
    statusCode: null,
    headers: {},
    body: null,
    latencyMs: Math.round(performance.now() - started),
    errorCode,
    error,
    address,
  });

  let target: CheckedTarget;
  try {
    target = await resolveTarget(rawUrl, options.policy);
  } catch (error) {
    if (error instanceof TargetRefused) return failed(error.code, error.message);
    throw error;
  }
  options.onConnect?.(target);

  const { url, host, address, family } = target;
  const secure = url.protocol === "https:";
  const requestOptions: https.RequestOptions = {
    method: "POST",
    host,
    port: url.port ? Number(url.port) : secure ? 443 : 80,
    path: `${url.pathname}${url.search}`,
    headers: {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(options.body)),
      "user-agent": "Capstan-Webhooks/1.0",
      ...options.headers,
    },
    // A connection of its own, never a pooled one that might lead elsewhere.
    agent: false,
    lookup: pinnedLookup(address, family),
    ...(secure && !isIpLiteral(host) ? { servername: host } : {}),
    ...(secure && options.ca ? { ca: options.ca } : {}),
  };

  return new Promise<WebhookHttpResult>((resolve) => {
    let settled = false;
    let latencyMs = 0;
    // Without an answer by the deadline the attempt timed out; with one, its status counts and the
    // body read so far is kept.
    let onDeadline = () => finish(failed("timeout", `no answer within ${options.timeoutMs} ms`, address));
    const finish = (result: WebhookHttpResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(result);
    };
    const req = (secure ? https : http).request(requestOptions, (res) => {
      latencyMs = Math.round(performance.now() - started);
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () =>
        finish({
          statusCode: res.statusCode ?? null,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          latencyMs,
          errorCode: null,
          error: null,
          address,
        });
      onDeadline = done;
      res.on("data", (chunk: Buffer) => {
        const room = maxBodyBytes - size;
        if (room > 0) chunks.push(chunk.subarray(0, room));
        size += chunk.length;
        if (size >= maxBodyBytes) {
          res.destroy();
          done();
        }
      });
      res.on("end", done);
      res.on("error", done);
      res.on("aborted", done);
      res.on("close", done);
    });
    const timer = setTimeout(() => onDeadline(), options.timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) => {
      // The connection broke after the status arrived: the answer still counts.
      if (latencyMs > 0) return onDeadline();
      const code = error.code ?? "";
      const tls = TLS_CODES.test(code) || /certificate|ssl|tls/i.test(error.message);
      finish(failed(tls ? "tls_error" : "connection_error", `${code || "error"}: ${error.message}`, address));
    });
    req.end(options.body);
  });
}
