import net from "node:net";

/**
 * Which addresses webhooks must never reach: private, loopback, link-local, shared (CGNAT), unique-local,
 * IPv4 embedded in IPv6 (mapped, NAT64, 6to4, Teredo), documentation, multicast, reserved, and the cloud
 * metadata services. An operator's allowlist can open specific hosts or CIDRs (tests, simulators).
 */

interface Cidr {
  family: 4 | 6;
  base: bigint;
  prefix: number;
  label: string;
}

export class InvalidAddressError extends Error {}

function parseIpv4(ip: string): bigint {
  const parts = ip.split(".");
  if (parts.length !== 4) throw new InvalidAddressError(`not an IPv4 address: ${ip}`);
  let out = 0n;
  for (const p of parts) {
    const n = Number(p);
    if (!/^\d{1,3}$/.test(p) || n > 255) throw new InvalidAddressError(`not an IPv4 address: ${ip}`);
    out = (out << 8n) | BigInt(n);
  }
  return out;
}

function parseIpv6(input: string): bigint {
  let ip = input.replace(/^\[|\]$/g, "");
  const zone = ip.indexOf("%");
  if (zone >= 0) ip = ip.slice(0, zone);
  // A trailing dotted quad (::ffff:1.2.3.4) becomes two groups.
  const lastColon = ip.lastIndexOf(":");
  const tail = ip.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = parseIpv4(tail);
    ip = `${ip.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = ip.split("::");
  if (halves.length > 2) throw new InvalidAddressError(`not an IPv6 address: ${input}`);
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) {
    throw new InvalidAddressError(`not an IPv6 address: ${input}`);
  }
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  let out = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw new InvalidAddressError(`not an IPv6 address: ${input}`);
    out = (out << 16n) | BigInt(Number.parseInt(g, 16));
  }
  return out;
}

/** An IP literal as family and number; IPv6 may carry brackets or a zone. */
export function parseIp(ip: string): { family: 4 | 6; value: bigint } {
  const bare = ip.replace(/^\[|\]$/g, "");
  const kind = net.isIP(bare.split("%")[0] ?? "");
  if (kind === 4) return { family: 4, value: parseIpv4(bare) };
  if (kind === 6) return { family: 6, value: parseIpv6(bare) };
  throw new InvalidAddressError(`not an IP address: ${ip}`);
}

export function isIpLiteral(host: string): boolean {
  return net.isIP(host.replace(/^\[|\]$/g, "").split("%")[0] ?? "") !== 0;
}

function cidr(spec: string, label: string): Cidr {
  const [addr, len] = spec.split("/");
  const { family, value } = parseIp(addr as string);
  const bits = family === 4 ? 32 : 128;
  const prefix = len === undefined ? bits : Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new InvalidAddressError(`bad prefix length in ${spec}`);
  }
  return { family, base: value, prefix, label };
}

function contains(range: Cidr, ip: { family: 4 | 6; value: bigint }): boolean {
  if (range.family !== ip.family) return false;
  const shift = BigInt((ip.family === 4 ? 32 : 128) - range.prefix);
  return ip.value >> shift === range.base >> shift;
}

// Most specific first: the first match names the reason.
const BLOCKED: Cidr[] = [
  cidr("169.254.169.254/32", "cloud metadata"),
  cidr("100.100.100.200/32", "cloud metadata"),
  cidr("192.0.0.192/32", "cloud metadata"),
  cidr("fd00:ec2::254/128", "cloud metadata"),
  cidr("0.0.0.0/8", "unspecified ('this network')"),
  cidr("10.0.0.0/8", "private"),
  cidr("100.64.0.0/10", "shared address space (CGNAT)"),
  cidr("127.0.0.0/8", "loopback"),
  cidr("169.254.0.0/16", "link-local"),
  cidr("172.16.0.0/12", "private"),
  cidr("192.0.0.0/24", "IETF protocol assignments"),
  cidr("192.0.2.0/24", "documentation"),
  cidr("192.88.99.0/24", "6to4 relay"),
  cidr("192.168.0.0/16", "private"),
  cidr("198.18.0.0/15", "benchmarking"),
  cidr("198.51.100.0/24", "documentation"),
  cidr("203.0.113.0/24", "documentation"),
  cidr("224.0.0.0/4", "multicast"),
  cidr("240.0.0.0/4", "reserved"),
  cidr("::/128", "unspecified"),
  cidr("::1/128", "loopback"),
  cidr("::ffff:0:0/96", "IPv4-mapped IPv6"),
  cidr("::/96", "IPv4-compatible IPv6"),
  cidr("64:ff9b::/96", "NAT64"),
  cidr("64:ff9b:1::/48", "NAT64 (local use)"),
  cidr("100::/64", "discard"),
  cidr("2001::/32", "Teredo"),
  cidr("2001:db8::/32", "documentation"),
  cidr("2002::/16", "6to4"),
  cidr("fc00::/7", "unique local"),
  cidr("fe80::/10", "link-local"),
  cidr("fec0::/10", "site-local"),
  cidr("ff00::/8", "multicast"),
];

/** Why an address is refused, or null when it is a public unicast address. */
export function blockedAddressReason(ip: string): string | null {
  let parsed: { family: 4 | 6; value: bigint };
  try {
    parsed = parseIp(ip);
  } catch {
    return "not an IP address";
  }
  for (const range of BLOCKED) if (contains(range, parsed)) return range.label;
  return null;
}

const BLOCKED_NAMES = new Set([
  "localhost",
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
]);
const BLOCKED_SUFFIXES = [".localhost", ".internal", ".local", ".home.arpa", ".in-addr.arpa", ".ip6.arpa"];

/** Why a host name is refused before any lookup, or null. */
export function blockedHostnameReason(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (BLOCKED_NAMES.has(name)) return name.startsWith("localhost") ? "loopback name" : "cloud metadata name";
  if (BLOCKED_SUFFIXES.some((s) => name.endsWith(s))) return "internal name";
  if (!name.includes(".")) return "single-label (internal) name";
  return null;
}

/** Hosts and CIDRs that may be reached although they would be refused. */
export interface Allowlist {
  hosts: Set<string>;
  ranges: Cidr[];
}

export function parseAllowlist(value: string): Allowlist {
  const hosts = new Set<string>();
  const ranges: Cidr[] = [];
  for (const raw of value.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry.includes("/") || isIpLiteral(entry))
      ranges.push(cidr(entry.replace(/^\[|\]$/g, ""), "allowlist"));
    else hosts.add(entry.replace(/\.$/, ""));
  }
  return { hosts, ranges };
}

export const emptyAllowlist = (): Allowlist => ({ hosts: new Set(), ranges: [] });

export function hostAllowlisted(allowlist: Allowlist, host: string): boolean {
  return allowlist.hosts.has(host.toLowerCase().replace(/\.$/, ""));
}

export function addressAllowlisted(allowlist: Allowlist, ip: string): boolean {
  let parsed: { family: 4 | 6; value: bigint };
  try {
    parsed = parseIp(ip);
  } catch {
    return false;
  }
  return allowlist.ranges.some((r) => contains(r, parsed));
}
