import { generate } from "selfsigned";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  blockedAddressReason,
  type CheckedTarget,
  checkUrlStatically,
  emptyAllowlist,
  parseAllowlist,
  type Resolver,
  sendWebhookRequest,
  type TargetPolicy,
} from "../src/index";
import { type Receiver, startReceiver } from "../src/testing/receiver";

// Every connection these tests make goes to 127.0.0.1. Refused targets are refused before connecting:
// onConnect (called right before a socket is opened) must never fire for them.

function spyResolver(answers: Record<string, string[] | string[][]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const fn = (async (hostname: string) => {
    const n = calls.filter((h) => h === hostname).length;
    calls.push(hostname);
    const entry = answers[hostname];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    // A list of lists answers differently on each call (DNS rebinding).
    const answer = Array.isArray(entry[0])
      ? ((entry as string[][])[Math.min(n, entry.length - 1)] as string[])
      : (entry as string[]);
    return answer.map((address) => ({
      address,
      family: address.includes(":") ? (6 as const) : (4 as const),
    }));
  }) as Resolver & { calls: string[] };
  fn.calls = calls;
  return fn;
}

const strict = (resolver?: Resolver): TargetPolicy => ({
  allowHttp: false,
  allowlist: emptyAllowlist(),
  ...(resolver ? { resolver } : {}),
});

async function send(url: string, policy: TargetPolicy, extra: { timeoutMs?: number; ca?: string } = {}) {
  const onConnect = vi.fn<(t: CheckedTarget) => void>();
  const result = await sendWebhookRequest(url, {
    policy,
    headers: { "webhook-id": "evt" },
    body: '{"hello":"world"}',
    timeoutMs: extra.timeoutMs ?? 5000,
    onConnect,
    ...(extra.ca ? { ca: extra.ca } : {}),
  });
  return { result, onConnect };
}

describe("addresses webhooks refuse", () => {
  it.each([
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["0.0.0.0", "unspecified ('this network')"],
    ["169.254.169.254", "cloud metadata"],
    ["169.254.10.1", "link-local"],
    ["100.64.0.1", "shared address space (CGNAT)"],
    ["100.127.255.254", "shared address space (CGNAT)"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique local"],
    ["fd12:3456:789a::1", "unique local"],
    ["fd00:ec2::254", "cloud metadata"],
    ["::ffff:127.0.0.1", "IPv4-mapped IPv6"],
    ["::ffff:7f00:1", "IPv4-mapped IPv6"],
    ["::ffff:10.0.0.1", "IPv4-mapped IPv6"],
    ["64:ff9b::a00:1", "NAT64"],
    ["2002:a00:1::1", "6to4"],
    ["ff02::1", "multicast"],
  ])("%s is %s", (ip, reason) => {
    expect(blockedAddressReason(ip)).toBe(reason);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "2606:4700::1111",
  ])("%s is public", (ip) => {
    expect(blockedAddressReason(ip)).toBeNull();
  });
});

describe("SSRF: refused before any connection", () => {
  it.each([
    "https://10.0.0.1/hook",
    "https://172.16.5.4/hook",
    "https://192.168.0.10/hook",
    "https://127.0.0.1/hook",
    "https://127.0.0.1:8443/hook",
    "https://[::1]/hook",
    "https://[fe80::1]/hook",
    "https://[fc00::1]/hook",
    "https://[fd00:ec2::254]/latest/meta-data/",
    "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "https://100.64.0.1/hook",
    "https://0.0.0.0/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::ffff:169.254.169.254]/hook",
    "https://2130706433/hook", // 127.0.0.1 written as one number
    "https://0x7f.1/hook", // 127.0.0.1 in hex shorthand
    "https://017700000001/hook", // 127.0.0.1 in octal
  ])("%s", async (url) => {
    const resolver = spyResolver({});
    const { result, onConnect } = await send(url, strict(resolver));
    expect(result.errorCode).toBe("blocked_address");
    expect(result.statusCode).toBeNull();
    expect(onConnect).not.toHaveBeenCalled();
    expect(resolver.calls).toEqual([]); // an IP literal is never looked up
  });

  it.each([
    "https://localhost/hook",
    "https://api.localhost/hook",
    "https://metadata.google.internal/computeMetadata/v1/",
    "https://metadata/hook",
    "https://intranet/hook",
    "https://printer.local/hook",
  ])("%s is refused by name", async (url) => {
    const resolver = spyResolver({});
    const { result, onConnect } = await send(url, strict(resolver));
    expect(result.errorCode).toBe("blocked_host");
    expect(onConnect).not.toHaveBeenCalled();
    expect(resolver.calls).toEqual([]);
  });

  it.each([["10.1.2.3"], ["192.168.50.1"], ["169.254.169.254"], ["::1"], ["fd00::5"], ["::ffff:127.0.0.1"]])(
    "a host name that resolves to %s",
    async (address) => {
      const resolver = spyResolver({ "hooks.partner.example": [address] });
      const { result, onConnect } = await send("https://hooks.partner.example/in", strict(resolver));
      expect(result.errorCode).toBe("blocked_address");
      expect(result.error).toContain(address);
      expect(resolver.calls).toEqual(["hooks.partner.example"]);
      expect(onConnect).not.toHaveBeenCalled();
    },
  );

  it("a host name with a public and a private address is refused (every answer is checked)", async () => {
    const resolver = spyResolver({ "mixed.partner.example": ["93.184.216.34", "10.0.0.7"] });
    const { result, onConnect } = await send("https://mixed.partner.example/in", strict(resolver));
    expect(result.errorCode).toBe("blocked_address");
    expect(onConnect).not.toHaveBeenCalled();
  });

  it("a host name that does not resolve fails with dns_error, unconnected", async () => {
    const { result, onConnect } = await send("https://nowhere.partner.example/in", strict(spyResolver({})));
    expect(result.errorCode).toBe("dns_error");
    expect(onConnect).not.toHaveBeenCalled();
  });

  it("refuses URLs with credentials and other schemes", () => {
    const policy = strict();
    expect(() => checkUrlStatically("https://user:pw@hooks.partner.example/", policy)).toThrow(/credentials/);
    expect(() => checkUrlStatically("ftp://hooks.partner.example/", policy)).toThrow(/https/);
    expect(() => checkUrlStatically("file:///etc/passwd", policy)).toThrow(/https/);
    expect(() => checkUrlStatically("not a url", policy)).toThrow(/valid URL/);
    expect(checkUrlStatically("https://hooks.partner.example:8443/x?y=1", policy).hostname).toBe(
      "hooks.partner.example",
    );
  });
});

describe("sending to an allowed receiver", () => {
  let receiver: Receiver;
  const hits: string[] = [];
  beforeAll(async () => {
    receiver = await startReceiver((req, res) => {
      hits.push(req.url);
      if (req.url === "/redirect") {
        res.writeHead(302, { location: `http://127.0.0.1:${receiver.port}/elsewhere` }).end();
      } else if (req.url === "/big") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("x".repeat(1024 * 1024));
      } else if (req.url === "/slow") {
        setTimeout(() => res.end("late"), 2000);
      } else {
        res.end("ok");
      }
    });
  });
  afterAll(async () => receiver?.close());

  const loopback = (resolver?: Resolver): TargetPolicy => ({
    allowHttp: true,
    allowlist: parseAllowlist("127.0.0.1/32"),
    ...(resolver ? { resolver } : {}),
  });

  it("http is refused outside development mode, without connecting", async () => {
    const before = receiver.connections;
    const { result, onConnect } = await send(`${receiver.origin}/hook`, {
      allowHttp: false,
      allowlist: parseAllowlist("127.0.0.1/32"),
    });
    expect(result.errorCode).toBe("insecure_scheme");
    expect(onConnect).not.toHaveBeenCalled();
    expect(receiver.connections).toBe(before);
  });

  it("loopback is refused unless allowlisted", async () => {
    const before = receiver.connections;
    const { result } = await send(`${receiver.origin}/hook`, {
      allowHttp: true,
      allowlist: emptyAllowlist(),
    });
    expect(result.errorCode).toBe("blocked_address");
    expect(receiver.connections).toBe(before);
    const allowed = await send(`${receiver.origin}/hook`, loopback());
    expect(allowed.result.statusCode).toBe(200);
    expect(allowed.result.body).toBe("ok");
  });

  it("DNS rebinding: connects to the address that was checked, and looks the name up once", async () => {
    // First answer: the allowlisted receiver. Any later answer: 127.0.0.2, which is refused and where
    // nothing listens; a client that looked the name up again would go there and fail.
    const resolver = spyResolver({ "rebind.partner.example": [["127.0.0.1"], ["127.0.0.2"]] });
    const before = receiver.requests.length;
    const { result, onConnect } = await send(
      `http://rebind.partner.example:${receiver.port}/rebind`,
      loopback(resolver),
    );
    expect(result.statusCode).toBe(200);
    expect(result.address).toBe("127.0.0.1");
    expect(resolver.calls).toEqual(["rebind.partner.example"]);
    expect(onConnect).toHaveBeenCalledOnce();
    expect(onConnect.mock.calls[0]?.[0].address).toBe("127.0.0.1");
    const got = receiver.requests.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]?.headers.host).toBe(`rebind.partner.example:${receiver.port}`);
    expect(got[0]?.remoteAddress).toBe("127.0.0.1");
  });

  it("DNS rebinding: a name whose first answer is refused is never connected to", async () => {
    const resolver = spyResolver({ "rebind2.partner.example": [["127.0.0.2"], ["127.0.0.1"]] });
    const before = receiver.connections;
    const { result, onConnect } = await send(
      `http://rebind2.partner.example:${receiver.port}/x`,
      loopback(resolver),
    );
    expect(result.errorCode).toBe("blocked_address");
    expect(onConnect).not.toHaveBeenCalled();
    expect(receiver.connections).toBe(before);
  });

  it("does not follow redirects", async () => {
    hits.length = 0;
    const { result } = await send(`${receiver.origin}/redirect`, loopback());
    expect(result.statusCode).toBe(302);
    await new Promise((r) => setTimeout(r, 100));
    expect(hits).toEqual(["/redirect"]);
  });

  it("reads at most 4 KiB of the answer", async () => {
    const { result } = await send(`${receiver.origin}/big`, loopback());
    expect(result.statusCode).toBe(200);
    expect(result.body).toBe("x".repeat(4096));
  });

  it("times out when no answer comes in time", async () => {
    const started = Date.now();
    const { result } = await send(`${receiver.origin}/slow`, loopback(), { timeoutMs: 300 });
    expect(result.errorCode).toBe("timeout");
    expect(result.statusCode).toBeNull();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("an allowlisted host name may resolve to loopback", async () => {
    const resolver = spyResolver({ "sim.internal": ["127.0.0.1"] });
    const { result } = await send(`http://sim.internal:${receiver.port}/hook`, {
      allowHttp: true,
      allowlist: parseAllowlist("sim.internal"),
      resolver,
    });
    expect(result.statusCode).toBe(200);
  });
});

describe("https to the checked address keeps the host's name for TLS", () => {
  let receiver: Receiver;
  let ca: string;
  beforeAll(async () => {
    const pems = await generate([{ name: "commonName", value: "receiver.partner.example" }], {
      keySize: 2048,
      algorithm: "sha256",
      extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: "receiver.partner.example" }] }],
    });
    ca = pems.cert;
    receiver = await startReceiver((_req, res) => res.end("tls ok"), { key: pems.private, cert: pems.cert });
  });
  afterAll(async () => receiver?.close());

  const policy = () => ({
    allowHttp: false,
    allowlist: parseAllowlist("127.0.0.1/32"),
    resolver: spyResolver({ "receiver.partner.example": ["127.0.0.1"] }),
  });

  it("sends SNI and verifies the certificate for the URL's host, not the address", async () => {
    const { result } = await send(`https://receiver.partner.example:${receiver.port}/hook`, policy(), { ca });
    expect(result.errorCode).toBeNull();
    expect(result.statusCode).toBe(200);
    expect(result.body).toBe("tls ok");
    const last = receiver.requests.at(-1);
    expect(last?.servername).toBe("receiver.partner.example");
    expect(last?.headers.host).toBe(`receiver.partner.example:${receiver.port}`);
  });

  it("refuses a certificate it cannot trust", async () => {
    const { result } = await send(`https://receiver.partner.example:${receiver.port}/hook`, policy());
    expect(result.errorCode).toBe("tls_error");
    expect(result.statusCode).toBeNull();
  });
});
