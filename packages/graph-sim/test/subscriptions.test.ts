import {
  constants,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  privateDecrypt,
  timingSafeEqual,
  X509Certificate,
} from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { generate } from "selfsigned";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_APP, DEMO_TENANT, type Simulator } from "../src/index";
import { getToken, graph, type Json, startSim } from "./helpers";

// A subscriber of our own: echoes validation tokens, records notifications and lifecycle events, and
// can be told to fail or stall, so every behaviour is checked through real HTTP.
interface Receiver {
  app: FastifyInstance;
  url: string;
  notifications: Json[];
  lifecycle: Json[];
  validations: string[];
  mode: { notify: "ok" | "fail"; validate: "echo" | "wrong" | "stall" };
}

async function startReceiver(): Promise<Receiver> {
  const r = {
    notifications: [] as Json[],
    lifecycle: [] as Json[],
    validations: [] as string[],
    mode: { notify: "ok", validate: "echo" },
  } as Receiver;
  const app = Fastify();
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (_req, body, done) => done(null, body));
  for (const [path, sink] of [
    ["/notify", r.notifications],
    ["/lifecycle", r.lifecycle],
  ] as const) {
    app.post(path, async (req, reply) => {
      const token = (req.query as { validationToken?: string }).validationToken;
      if (token !== undefined) {
        r.validations.push(token);
        if (r.mode.validate === "stall") await new Promise((res) => setTimeout(res, 1_500));
        return reply
          .code(200)
          .type("text/plain")
          .send(r.mode.validate === "wrong" ? "nope" : token);
      }
      if (path === "/notify" && r.mode.notify === "fail") return reply.code(503).send();
      sink.push(req.body);
      return reply.code(202).send();
    });
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address() as { port: number };
  r.app = app;
  r.url = `http://127.0.0.1:${addr.port}`;
  return r;
}

function decrypt(enc: Json, privateKeyPem: string): Json {
  const key = privateDecrypt(
    { key: createPrivateKey(privateKeyPem), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
    Buffer.from(enc.dataKey, "base64"),
  );
  const data = Buffer.from(enc.data, "base64");
  const sig = createHmac("sha256", key).update(data).digest();
  if (!timingSafeEqual(sig, Buffer.from(enc.dataSignature, "base64"))) throw new Error("bad signature");
  const d = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
  return JSON.parse(Buffer.concat([d.update(data), d.final()]).toString("utf8"));
}

const items = (posts: Json[]) => posts.flatMap((p) => p.value as Json[]);

describe("change notification subscriptions", () => {
  let sim: Simulator;
  let url: string;
  let token: string;
  let rx: Receiver;
  let cert: { cert: string; private: string };
  let certB64: string;
  let thumbprint: string;
  let chatId: string;
  let team: { id: string; channels: { id: string }[] };

  const inAnHour = () => new Date(Date.now() + 55 * 60_000).toISOString();
  const subscribe = (body: Json) =>
    graph(url, token, "/v1.0/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const post = (path: string, body: Json = {}) =>
    fetch(`${url}/_sim/tenants/${DEMO_TENANT.tenantId}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<Json>);
  const until = async (cond: () => boolean, ms = 5_000) => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    ({ sim, url } = await startSim());
    token = await getToken(url);
    rx = await startReceiver();
    cert = await generate([{ name: "commonName", value: "capstan-test" }], {
      keySize: 2048,
      algorithm: "sha256",
    });
    const x = new X509Certificate(cert.cert);
    certB64 = x.raw.toString("base64");
    thumbprint = x.fingerprint.replace(/:/g, "");
    const chats = sim.control.listChats(DEMO_TENANT.tenantId, DEMO_TENANT.demoUserId);
    chatId = chats[0]!.id;
    team = sim.control.listTeams(DEMO_TENANT.tenantId)[0]!;
  });
  afterAll(async () => {
    await sim.close();
    await rx.app.close();
  });
  beforeEach(() => {
    rx.notifications.length = 0;
    rx.lifecycle.length = 0;
    rx.validations.length = 0;
    rx.mode = { notify: "ok", validate: "echo" };
    for (const s of sim.subscriptions.list()) sim.subscriptions.remove(sim.subscriptions.subs.get(s.id)!);
    sim.subscriptions.configure({
      duplicate: 0,
      outOfOrder: 0,
      missed: 0,
      retryDelaysMs: [100, 200],
      missedNoticeMs: 100,
    });
  });

  it("validates the URL with a validationToken, then delivers encrypted, signed resource data", async () => {
    const res = await subscribe({
      changeType: "created,updated,deleted",
      notificationUrl: `${rx.url}/notify`,
      lifecycleNotificationUrl: `${rx.url}/lifecycle`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
      clientState: "secret-state",
      includeResourceData: true,
      encryptionCertificate: certB64,
      encryptionCertificateId: "cert-1",
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.clientState).toBeNull();
    // Both URLs were validated; the token is text a receiver must URL-decode.
    expect(rx.validations).toHaveLength(2);
    expect(rx.validations[0]).toMatch(/^Validation: Testing client application reachability/);

    const sent = await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: "hello live" });
    const edited = await fetch(
      `${url}/_sim/tenants/${DEMO_TENANT.tenantId}/chats/${encodeURIComponent(chatId)}/messages/${sent.id}`,
      {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ content: "edited" }),
      },
    ).then((r) => r.json() as Promise<Json>);
    await fetch(
      `${url}/_sim/tenants/${DEMO_TENANT.tenantId}/chats/${encodeURIComponent(chatId)}/messages/${sent.id}?shape=deletedDateTime`,
      {
        method: "DELETE",
      },
    );
    await until(() => items(rx.notifications).length >= 3);
    // Deliveries run in parallel (as Graph's do), so the three may arrive in any order.
    const got = items(rx.notifications);
    expect(got.map((n) => n.changeType).sort()).toEqual(["created", "deleted", "updated"]);
    for (const n of got) {
      expect(n.subscriptionId).toBe(res.body.id);
      expect(n.clientState).toBe("secret-state");
      expect(n.tenantId).toBe(DEMO_TENANT.tenantId);
      expect(n.resource).toBe(`chats('${chatId}')/messages('${sent.id}')`);
      expect(n.encryptedContent.encryptionCertificateId).toBe("cert-1");
      expect(n.encryptedContent.encryptionCertificateThumbprint).toBe(thumbprint);
    }
    expect(rx.notifications[0].validationTokens).toHaveLength(1);
    const versionOf = (changeType: string) =>
      decrypt(got.find((n) => n.changeType === changeType).encryptedContent, cert.private);
    expect(versionOf("created").body.content).toBe("hello live");
    expect(versionOf("updated").etag).toBe(edited.etag);
    expect(versionOf("deleted").deletedDateTime).not.toBeNull();
    // Exactly what GET returns for the message now.
    const now = await graph(url, token, `/v1.0/chats/${encodeURIComponent(chatId)}/messages/${sent.id}`);
    const { "@odata.context": _ctx, ...current } = now.body;
    expect(versionOf("deleted")).toEqual(current);

    // A tampered signature no longer verifies.
    const forged = { ...got[0].encryptedContent, dataSignature: Buffer.alloc(32).toString("base64") };
    expect(() => decrypt(forged, cert.private)).toThrow("bad signature");
  });

  it("refuses subscriptions whose URL does not echo the token, or echoes too late", async () => {
    const base = {
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
    };
    rx.mode.validate = "wrong";
    let res = await subscribe(base);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/validation request failed/);
    rx.mode.validate = "stall";
    sim.subscriptions.configure({ validationTimeoutMs: 300 });
    try {
      res = await subscribe(base);
      expect(res.status).toBe(400);
    } finally {
      sim.subscriptions.configure({ validationTimeoutMs: 10_000 });
    }
    expect(sim.subscriptions.list()).toHaveLength(0);
  });

  it("checks resource, changeType, expiry, lifecycle URL and certificate", async () => {
    const base = {
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
    };
    const cases: [Json, number, RegExp][] = [
      [{ resource: "/me/messages" }, 400, /not supported/],
      [{ resource: "/users/nobody/chats/getAllMessages" }, 404, /not found/],
      [{ changeType: "created,moved" }, 400, /changeType 'moved'/],
      [{ expirationDateTime: new Date(Date.now() - 1000).toISOString() }, 400, /future/],
      [
        { expirationDateTime: new Date(Date.now() + 2 * 3_600_000).toISOString() },
        400,
        /lifecycleNotificationUrl is required/,
      ],
      [
        {
          expirationDateTime: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          lifecycleNotificationUrl: `${rx.url}/lifecycle`,
        },
        400,
        /4320 minutes/,
      ],
      [{ includeResourceData: true }, 400, /encryptionCertificate/],
      [
        {
          includeResourceData: true,
          encryptionCertificate: "bm90IGEgY2VydA==",
          encryptionCertificateId: "x",
        },
        400,
        /X.509/,
      ],
      [{ notificationUrl: "ftp://example.com/x" }, 400, /https/],
    ];
    for (const [patch, status, msg] of cases) {
      const res = await subscribe({ ...base, ...patch });
      expect(res.status, JSON.stringify(patch)).toBe(status);
      expect(res.body.error.message).toMatch(msg);
    }
    expect(rx.validations).toHaveLength(0);
    const noAuth = await fetch(`${url}/v1.0/subscriptions`, { method: "POST", body: "{}" });
    expect(noAuth.status).toBe(401);
  });

  it("scopes notifications: per user, per chat, per channel, tenant-wide channels with replies", async () => {
    const mk = async (resource: string, changeType = "created") => {
      const r = await subscribe({
        changeType,
        notificationUrl: `${rx.url}/notify`,
        resource,
        expirationDateTime: inAnHour(),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const userSub = await mk(`/users/${DEMO_TENANT.demoUserId}/chats/getAllMessages`);
    const chatSub = await mk(`/chats/${chatId}/messages`);
    const chanSub = await mk(`/teams/${team.id}/channels/${team.channels[0]!.id}/messages`);
    const teamsSub = await mk("/teams/getAllMessages");
    const chan = `/teams/${team.id}/channels/${encodeURIComponent(team.channels[0]!.id)}/messages`;
    const root = await post(chan, { content: "root" });
    const reply = await post(chan, { content: "reply", replyToId: root.id });
    await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: "chat" });
    await until(() => items(rx.notifications).length >= 6);
    await sim.subscriptions.drained();
    const bySub = (id: string) => items(rx.notifications).filter((n) => n.subscriptionId === id);
    expect(bySub(userSub)).toHaveLength(1);
    expect(bySub(chatSub)).toHaveLength(1);
    expect(bySub(chanSub).map((n) => n.resource)).toEqual([
      `teams('${team.id}')/channels('${team.channels[0]!.id}')/messages('${root.id}')`,
      `teams('${team.id}')/channels('${team.channels[0]!.id}')/messages('${root.id}')/replies('${reply.id}')`,
    ]);
    expect(bySub(teamsSub)).toHaveLength(2);
    // Without includeResourceData, only the resource identity travels.
    expect(bySub(chatSub)[0].encryptedContent).toBeUndefined();
    expect(bySub(chatSub)[0].resourceData["@odata.type"]).toBe("#Microsoft.Graph.chatMessage");
  });

  it("retries failed deliveries, then reports what it gave up on as missed", async () => {
    const r = await subscribe({
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      lifecycleNotificationUrl: `${rx.url}/lifecycle`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
    });
    rx.mode.notify = "fail";
    await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: "retry me" });
    await new Promise((res) => setTimeout(res, 150));
    rx.mode.notify = "ok";
    await until(() => items(rx.notifications).length === 1);
    let st = sim.subscriptions.get(r.body.id).stats;
    expect(st.retried).toBeGreaterThanOrEqual(1);
    expect(st.delivered).toBe(1);

    rx.mode.notify = "fail";
    await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: "lost" });
    await until(() => rx.lifecycle.some((l) => l.value[0].lifecycleEvent === "missed"));
    st = sim.subscriptions.get(r.body.id).stats;
    expect(st.abandoned).toBe(1);
    expect(rx.lifecycle[0].value[0].subscriptionId).toBe(r.body.id);
  });

  it("quirks: duplicates, out of order, missed with a lifecycle notice", async () => {
    const r = await subscribe({
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      lifecycleNotificationUrl: `${rx.url}/lifecycle`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
    });
    sim.subscriptions.configure({ duplicate: 0.2, outOfOrder: 0.2, outOfOrderMaxMs: 200, missed: 0.1 });
    const sent: string[] = [];
    for (let i = 0; i < 100; i++)
      sent.push((await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: `m${i}` })).id);
    await sim.subscriptions.drained();
    await new Promise((res) => setTimeout(res, 150));
    const st = sim.subscriptions.get(r.body.id).stats;
    const ids = items(rx.notifications).map((n) => n.resourceData.id as string);
    expect(st.generated).toBe(100);
    expect(st.duplicated).toBeGreaterThan(0);
    expect(st.missed).toBeGreaterThan(0);
    expect(ids.length).toBe(100 - st.missed + st.duplicated);
    expect(new Set(ids).size).toBe(100 - st.missed);
    const order = ids.map((id) => sent.indexOf(id));
    expect(order.some((v, i) => i > 0 && v < order[i - 1]!)).toBe(true);
    expect(rx.lifecycle.some((l) => l.value[0].lifecycleEvent === "missed")).toBe(true);
  });

  it("renews, reauthorizes, lists, deletes; expired subscriptions disappear", async () => {
    const r = await subscribe({
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      lifecycleNotificationUrl: `${rx.url}/lifecycle`,
      resource: "/teams/getAllMessages",
      expirationDateTime: inAnHour(),
    });
    const id = r.body.id as string;
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const renewed = await graph(url, token, `/v1.0/subscriptions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ expirationDateTime: later }),
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.expirationDateTime).toBe(later);
    const bad = await graph(url, token, `/v1.0/subscriptions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ resource: "/chats/getAllMessages" }),
    });
    expect(bad.status).toBe(400);
    expect(
      (await graph(url, token, `/v1.0/subscriptions/${id}/reauthorize`, { method: "POST" })).status,
    ).toBe(204);
    const list = await graph(url, token, "/v1.0/subscriptions");
    expect(list.body.value.map((s: Json) => s.id)).toEqual([id]);

    // Another tenant's token sees nothing of it.
    const other = sim.control.createTenant({ name: "fabrikam-subs", sizes: { users: 3, teams: 1 } });
    const otherToken = await getToken(url, other.id);
    expect((await graph(url, otherToken, `/v1.0/subscriptions/${id}`)).status).toBe(404);
    expect((await graph(url, otherToken, "/v1.0/subscriptions")).body.value).toEqual([]);

    // Lifecycle events on demand; subscriptionRemoved deletes it.
    await fetch(`${url}/_sim/subscriptions/${id}/lifecycle`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: "reauthorizationRequired" }),
    });
    await fetch(`${url}/_sim/subscriptions/${id}/lifecycle`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: "subscriptionRemoved" }),
    });
    expect(rx.lifecycle.map((l) => l.value[0].lifecycleEvent)).toEqual([
      "reauthorizationRequired",
      "subscriptionRemoved",
    ]);
    expect((await graph(url, token, `/v1.0/subscriptions/${id}`)).status).toBe(404);

    // Past its expiry (simulator clock moved on), a subscription is gone and notifies nothing.
    const r2 = await subscribe({
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
    });
    sim.control.configure({ clockOffsetMs: 3_600_000 });
    try {
      await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: "after expiry" });
      await until(() => sim.subscriptions.list().every((s) => s.id !== r2.body.id), 3_000);
      expect(items(rx.notifications)).toHaveLength(0);
    } finally {
      sim.control.configure({ clockOffsetMs: 0 });
    }
    expect((await graph(url, token, `/v1.0/subscriptions/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("sends reauthorizationRequired shortly before expiry", async () => {
    sim.subscriptions.configure({ reauthorizeBeforeMs: 56 * 60_000 });
    try {
      await subscribe({
        changeType: "created",
        notificationUrl: `${rx.url}/notify`,
        lifecycleNotificationUrl: `${rx.url}/lifecycle`,
        resource: "/chats/getAllMessages",
        expirationDateTime: inAnHour(),
      });
      await until(() => rx.lifecycle.length === 1, 3_000);
      expect(rx.lifecycle[0].value[0].lifecycleEvent).toBe("reauthorizationRequired");
    } finally {
      sim.subscriptions.configure({ reauthorizeBeforeMs: 10 * 60_000 });
    }
  });

  it("holds deliveries and asks for reauthorization while consent is revoked", async () => {
    await subscribe({
      changeType: "created",
      notificationUrl: `${rx.url}/notify`,
      lifecycleNotificationUrl: `${rx.url}/lifecycle`,
      resource: "/chats/getAllMessages",
      expirationDateTime: inAnHour(),
    });
    sim.subscriptions.configure({ retryDelaysMs: [300, 300, 300] });
    sim.control.revokeConsent(DEMO_TENANT.tenantId, DEMO_APP.clientId);
    try {
      await post(`/chats/${encodeURIComponent(chatId)}/messages`, { content: "while revoked" });
      await until(() => rx.lifecycle.length === 1);
      expect(rx.lifecycle[0].value[0].lifecycleEvent).toBe("reauthorizationRequired");
      expect(rx.notifications).toHaveLength(0);
    } finally {
      sim.control.grantConsent(DEMO_TENANT.tenantId, DEMO_APP.clientId);
    }
    await until(() => items(rx.notifications).length === 1);
  });
});
