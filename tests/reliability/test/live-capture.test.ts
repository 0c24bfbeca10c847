import { X509Certificate } from "node:crypto";
import { createServer } from "node:net";
import type { Config } from "@capstan/config";
import { type Db, storedMessage } from "@capstan/db";
import { encryptResourceData } from "@capstan/graph-sim";
import { GRAPH_CHANGE_TRACKING_APP_ID } from "@capstan/live";
import { eventually, teardown } from "@capstan/testing";
import { startReceiver } from "@capstan/webhooks/testing";
import type { FastifyInstance } from "fastify";
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../apps/api/src/app";
import type { WorkerRuntime } from "../../../apps/worker/src/runtime";
import { createHarness, type Harness, storedState, truthState } from "../../../apps/worker/test/helpers";

// Live capture end to end: the simulator delivers real HTTP notifications to the API's public endpoint,
// the worker archives them and keeps the subscriptions alive, ground truth judges what was kept.

// biome-ignore lint/suspicious/noExplicitAny: Graph JSON in tests
type Json = any;

const OPS_TOKEN = "live-capture-ops-token-0123";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

describe("live capture", () => {
  let h: Harness;
  let app: FastifyInstance;
  let worker: WorkerRuntime;
  let auth: { authorization: string };
  let tenantId: string;
  let entraId: string;
  let chatId: string;
  let team: { id: string; channels: { id: string }[] };
  let workerConfig: Record<string, string>;
  const db = () => h.db as Db;

  const simPost = (path: string, body: Json = {}) =>
    fetch(`${h.sim.url}/_sim/tenants/${entraId}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<Json>);
  const chatPath = () => `/chats/${encodeURIComponent(chatId)}/messages`;
  const versionOf = (containerId: string, messageId: string, etag: string) =>
    db().messageVersion.findFirst({ where: { tenantId, containerId, messageId, etag } });
  const activeSubs = async () =>
    eventually(
      async () => {
        const subs = await db().liveSubscription.findMany({ where: { tenantId } });
        return subs.length === 2 && subs.every((s) => s.status === "active") ? subs : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 100, what: "two active subscriptions" },
    );

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    workerConfig = {
      PUBLIC_BASE_URL: publicUrl,
      WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
      WEBHOOK_POLL_INTERVAL_MS: "100",
      LIVE_MANAGER_INTERVAL_MS: "300",
      LIVE_CATCH_UP_OVERLAP_MS: "2000",
    };
    h = await createHarness(
      {},
      {
        ...workerConfig,
        LIVE_INBOX_MAX: "40",
        OPS_TOKEN,
        // Development mode: plain http to the loopback partner the allowlist opens.
        NODE_ENV: "development",
        WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32",
        WEBHOOK_POLL_INTERVAL_MS: "100",
      },
    );
    app = await buildApp({ config: { ...h.config } as Config, logger: false });
    await app.listen({ port, host: "127.0.0.1" });
    const key = await app.accountsRepository.createKey(
      h.accountId,
      { scopes: ["read", "write", "admin"] },
      "test",
    );
    auth = { authorization: `Bearer ${key.key}` };
    const t = h.sim.control.createTenant({
      name: "live-tenant",
      sizes: {
        users: 4,
        chatsPerUser: 2,
        messagesPerChat: 3,
        teams: 1,
        channelsPerTeam: 2,
        messagesPerChannel: 3,
        historyDays: 2,
        guests: 0,
        deletedUsers: 0,
        externalShare: 0,
      },
    });
    entraId = t.id;
    tenantId = await h.addTenant(entraId);
    const users = h.sim.control.listUsers(entraId);
    chatId = h.sim.control.listChats(entraId, users[0]!.id)[0]!.id;
    team = h.sim.control.listTeams(entraId)[0]!;
    h.sim.subscriptions.configure({
      retryDelaysMs: [200, 400, 800, 1_600, 3_200, 6_400],
      missedNoticeMs: 200,
    });
    worker = await h.startWorker(workerConfig);
  });

  afterAll(async () => {
    await teardown([
      ["api", () => app.close()],
      ["harness", () => h.close()],
    ]);
  });

  it("switches on with zod-checked input; another account's tenant is a 404", async () => {
    const bad = await app.inject({
      method: "PUT",
      url: `/v1/tenants/${tenantId}/live-capture`,
      headers: auth,
      payload: { scope: "user" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toMatch(/problem\+json/);
    const other = await app.accountsRepository.createAccount("Other ISV", "test");
    const otherKey = await app.accountsRepository.createKey(other.id, { scopes: ["read", "write"] }, "test");
    const foreign = await app.inject({
      method: "PUT",
      url: `/v1/tenants/${tenantId}/live-capture`,
      headers: { authorization: `Bearer ${otherKey.key}` },
      payload: { scope: "tenant" },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/v1/tenants/${tenantId}/live-capture`, headers: auth })).statusCode,
    ).toBe(404);

    const on = await app.inject({
      method: "PUT",
      url: `/v1/tenants/${tenantId}/live-capture`,
      headers: auth,
      payload: { scope: "tenant" },
    });
    expect(on.statusCode).toBe(200);
    expect(on.json().subscriptions.map((s: Json) => s.resource)).toEqual([
      "/chats/getAllMessages",
      "/teams/getAllMessages",
    ]);
    const subs = await activeSubs();
    const atGraph = h.sim.subscriptions.list(entraId);
    expect(atGraph.map((s) => s.id).sort()).toEqual(subs.map((s) => s.graphSubscriptionId).sort());
    expect(atGraph.every((s) => s.includeResourceData && s.lifecycleNotificationUrl)).toBe(true);
    // Again: nothing changes, nothing is created twice.
    await app.inject({
      method: "PUT",
      url: `/v1/tenants/${tenantId}/live-capture`,
      headers: auth,
      payload: { scope: "tenant" },
    });
    await new Promise((r) => setTimeout(r, 700));
    expect(h.sim.subscriptions.list(entraId)).toHaveLength(2);
    const view = await app.inject({ url: `/v1/tenants/${tenantId}/live-capture`, headers: auth });
    expect(view.json().subscriptions.every((s: Json) => s.status === "active" && s.expiresAt)).toBe(true);
  });

  it("archives a sent message within seconds, exactly as Graph returns it", async () => {
    const sentAt = Date.now();
    const sent = await simPost(chatPath(), { content: "live <b>now</b> ✅" });
    const chan = `/teams/${team.id}/channels/${encodeURIComponent(team.channels[0]!.id)}/messages`;
    const root = await simPost(chan, { content: "channel root" });
    const reply = await simPost(chan, { content: "a reply", replyToId: root.id });
    const row = await eventually(async () => (await versionOf(chatId, sent.id, sent.etag)) ?? undefined, {
      timeoutMs: 5_000,
      intervalMs: 20,
      what: "the live message",
    });
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    expect(storedMessage({ raw: row.raw, raw_text: row.rawText })).toEqual(
      h.sim.control.getMessage(entraId, { chatId }, sent.id),
    );
    const chanKey = `${team.id}/${team.channels[0]!.id}`;
    await eventually(async () => (await versionOf(chanKey, reply.id, reply.etag)) ?? undefined, {
      timeoutMs: 5_000,
      intervalMs: 20,
      what: "the live reply",
    });
    const current = await db().message.findUnique({
      where: { tenantId_containerId_messageId: { tenantId, containerId: chanKey, messageId: reply.id } },
    });
    expect(current?.replyToId).toBe(root.id);
  });

  it("shows each tenant's subscriptions on the ops dashboard", async () => {
    const login = await app.inject({
      method: "POST",
      url: "/ops/login",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ token: OPS_TOKEN, next: "/ops/live" }).toString(),
    });
    expect(login.statusCode).toBe(303);
    const cookie = String(login.headers["set-cookie"]).split(";")[0] as string;
    await eventually(
      async () => {
        const s = await db().liveSubscription.findMany({ where: { tenantId } });
        return s.some((x) => x.notifications > 0n) ? true : undefined;
      },
      { timeoutMs: 5_000, intervalMs: 50, what: "notification counts" },
    );
    const page = await app.inject({ url: "/ops/live", headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(tenantId);
    expect(page.body).toContain("/chats/getAllMessages");
    expect(page.body).toContain("/teams/getAllMessages");
    expect(page.body.match(/data-testid="live-subscription"/g)).toHaveLength(2);
    expect((await app.inject({ url: "/ops/live", headers: auth })).statusCode).toBe(401);
  });

  it("refuses forged notifications and stores nothing of them", async () => {
    const [sub] = h.sim.subscriptions.list(entraId);
    const realState = (h.sim.subscriptions.subs.get(sub!.id) as unknown as { clientState: string })
      .clientState;
    const before = await db().messageVersion.count({ where: { tenantId } });
    const certificateId = (await db().liveCertificate.findFirstOrThrow()).id;
    const item = (over: Json) => ({
      subscriptionId: sub!.id,
      changeType: "created",
      clientState: realState,
      tenantId: entraId,
      resource: `chats('${chatId}')/messages('1')`,
      resourceData: { id: "1" },
      encryptedContent: {
        data: Buffer.from("forged").toString("base64"),
        dataKey: Buffer.alloc(256).toString("base64"),
        dataSignature: Buffer.alloc(32).toString("base64"),
        encryptionCertificateId: certificateId,
      },
      ...over,
    });
    const send = async (body: Json) =>
      app.inject({ method: "POST", url: "/graph/notifications", payload: body });
    const cases: Json[] = [
      { value: [item({ subscriptionId: "00000000-0000-0000-0000-000000000000" })] },
      { value: [item({ clientState: "guess" })] },
      { value: [item({ clientState: null })] },
      { value: [item({})] }, // right clientState, data Graph never encrypted to us
      { value: [item({ tenantId: "11111111-1111-1111-1111-111111111111" })] },
    ];
    // Data genuinely encrypted to our certificate, but without Graph's validation token for the tenant, or
    // with one signed by a key Entra ID never published.
    const cert = await db().liveCertificate.findFirstOrThrow();
    const x509 = new X509Certificate(Buffer.from(cert.certificate, "base64"));
    const genuine = encryptResourceData(JSON.stringify({ id: "1", chatId }), {
      publicKey: x509.publicKey,
      id: cert.id,
      thumbprint: x509.fingerprint.replaceAll(":", ""),
    });
    const stranger = await generateKeyPair("RS256");
    const forgedToken = await new SignJWT({ azp: GRAPH_CHANGE_TRACKING_APP_ID, tid: entraId })
      .setProtectedHeader({ alg: "RS256", kid: "not-entra" })
      .setAudience(h.config.AZURE_CLIENT_ID as string)
      .setIssuer(`https://login.microsoftonline.com/${entraId}/v2.0`)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(stranger.privateKey);
    cases.push(
      { value: [item({ encryptedContent: genuine })] },
      { value: [item({ encryptedContent: genuine })], validationTokens: [forgedToken] },
    );
    for (const body of cases) {
      const res = await send(body);
      expect(res.statusCode, JSON.stringify(body.value[0]).slice(0, 80)).toBe(403);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
      expect(res.body).not.toMatch(/at .*\.ts/);
    }
    expect((await send({ value: "nope" })).statusCode).toBe(400);
    expect((await send({})).statusCode).toBe(400);
    const lifecycle = await app.inject({
      method: "POST",
      url: "/graph/lifecycle",
      payload: { value: [{ subscriptionId: sub!.id, lifecycleEvent: "missed", clientState: "guess" }] },
    });
    expect(lifecycle.statusCode).toBe(403);
    expect(await db().liveInbox.count()).toBe(0);
    expect(await db().messageVersion.count({ where: { tenantId } })).toBe(before);
    // The validation handshake answers the token as text.
    const token = "Validation: Testing client application reachability Request-Id: 1";
    const echo = await app.inject({
      method: "POST",
      url: `/graph/notifications?validationToken=${encodeURIComponent(token)}`,
      headers: { "content-type": "text/plain" },
      payload: "",
    });
    expect(echo.statusCode).toBe(200);
    expect(echo.headers["content-type"]).toMatch(/^text\/plain/);
    expect(echo.body).toBe(token);
  });

  it("heals missed notifications with a catch-up export: nothing lost against ground truth", async () => {
    const t0 = new Date();
    const missedBefore = h.sim.subscriptions.list(entraId).reduce((n, s) => n + s.stats.missed, 0);
    h.sim.subscriptions.configure({ missed: 1 });
    const lost: Json[] = [];
    try {
      for (let i = 0; i < 5; i++) lost.push(await simPost(chatPath(), { content: `lost ${i}` }));
    } finally {
      h.sim.subscriptions.configure({ missed: 0 });
    }
    const capture = await eventually(
      async () => {
        const c = await db().liveCapture.findUniqueOrThrow({ where: { tenantId } });
        return c.lastCatchUpExportId &&
          c.catchUpRequestedAt === null &&
          c.lastCatchUpAt &&
          c.lastCatchUpAt > t0
          ? c
          : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 100, what: "a catch-up export" },
    );
    // Graph never delivered them: only the catch-up can have brought them in.
    expect(h.sim.subscriptions.list(entraId).reduce((n, s) => n + s.stats.missed, 0) - missedBefore).toBe(5);
    await h.waitForExport(capture.lastCatchUpExportId as string);
    for (const m of lost) expect(await versionOf(chatId, m.id, m.etag)).not.toBeNull();
    const truth = truthState(h.sim.control.groundTruth({ tenant: entraId, scope: { tenant: true } }));
    const stored = await storedState(db(), tenantId);
    const recent = [...truth.current].filter((k) => lost.some((m) => k.includes(`|${m.id}|`)));
    expect(recent).toHaveLength(5);
    for (const k of recent) expect(stored.versions.has(k)).toBe(true);
    const sub = await db().liveSubscription.findFirstOrThrow({
      where: { tenantId, resource: "/chats/getAllMessages" },
    });
    expect(sub.lastLifecycleEvent).toBe("missed");
  });

  it("reauthorizationRequired renews; subscriptionRemoved recreates; both catch up", async () => {
    const chats = await db().liveSubscription.findFirstOrThrow({
      where: { tenantId, resource: "/chats/getAllMessages" },
    });
    const beforeExpiry = chats.expiresAt as Date;
    await fetch(`${h.sim.url}/_sim/subscriptions/${chats.graphSubscriptionId}/lifecycle`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: "reauthorizationRequired" }),
    });
    await eventually(
      async () => {
        const s = await db().liveSubscription.findUniqueOrThrow({ where: { id: chats.id } });
        return s.lastLifecycleEvent === "reauthorizationRequired" && (s.expiresAt as Date) > beforeExpiry
          ? s
          : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 100, what: "a renewal" },
    );
    await fetch(`${h.sim.url}/_sim/subscriptions/${chats.graphSubscriptionId}/lifecycle`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: "subscriptionRemoved" }),
    });
    const recreated = await eventually(
      async () => {
        const s = await db().liveSubscription.findUniqueOrThrow({ where: { id: chats.id } });
        return s.status === "active" &&
          s.graphSubscriptionId &&
          s.graphSubscriptionId !== chats.graphSubscriptionId
          ? s
          : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 100, what: "a recreated subscription" },
    );
    expect(h.sim.subscriptions.list(entraId).map((s) => s.id)).toContain(recreated.graphSubscriptionId);
    const sent = await simPost(chatPath(), { content: "after recreation" });
    await eventually(async () => (await versionOf(chatId, sent.id, sent.etag)) ?? undefined, {
      timeoutMs: 5_000,
      intervalMs: 20,
      what: "a message through the new subscription",
    });
  });

  it("absorbs a storm while the worker is down: 503 past the bound, Graph retries, none lost; subscriptions survive the restart", async () => {
    await worker.close();
    const subsBefore = (await db().liveSubscription.findMany({ where: { tenantId } }))
      .map((s) => s.graphSubscriptionId)
      .sort();
    const sent: Json[] = [];
    for (let i = 0; i < 150; i++) sent.push(await simPost(chatPath(), { content: `storm ${i}` }));
    await eventually(
      async () => (h.sim.subscriptions.list(entraId).some((s) => s.stats.failedPosts > 0) ? true : undefined),
      { timeoutMs: 10_000, intervalMs: 50, what: "a 503 from the full inbox" },
    );
    expect(await db().liveInbox.count()).toBeLessThanOrEqual(40 + 50);
    worker = await h.startWorker(workerConfig);
    await eventually(
      async () => {
        for (const m of sent) if (!(await versionOf(chatId, m.id, m.etag))) return undefined;
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: "every storm message" },
    );
    const stats = h.sim.subscriptions.list(entraId).map((s) => s.stats);
    expect(stats.reduce((n, s) => n + s.abandoned, 0)).toBe(0);
    const after = (await db().liveSubscription.findMany({ where: { tenantId } }))
      .map((s) => s.graphSubscriptionId)
      .sort();
    expect(after).toEqual(subsBefore);
    expect(h.sim.subscriptions.list(entraId)).toHaveLength(2);
  });

  it("DLP: a partner hears of a message by webhook within seconds, applies a policyViolation, the archive keeps the new version", async () => {
    const partner = await startReceiver((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    try {
      const endpoint = await app.inject({
        method: "POST",
        url: "/v1/webhook-endpoints",
        headers: auth,
        payload: {
          url: `${partner.origin}/dlp`,
          events: ["message.captured", "message.policy_violation_applied"],
        },
      });
      expect(endpoint.statusCode).toBe(201);
      const events = () => partner.requests.map((r) => JSON.parse(r.body) as Json);
      const sentAt = Date.now();
      const sent = await simPost(chatPath(), { content: "my card is 4111 1111 1111 1111" });
      const captured = await eventually(
        async () =>
          events().find((e) => e.type === "message.captured" && e.data.message.messageId === sent.id),
        { timeoutMs: 10_000, intervalMs: 20, what: "message.captured at the partner" },
      );
      expect(Date.now() - sentAt).toBeLessThan(5_000);
      expect(captured.data.chatMessage).toEqual(h.sim.control.getMessage(entraId, { chatId }, sent.id));
      expect(captured.data.changeType).toBe("created");

      const pv = {
        dlpAction: "blockAccess",
        verdictDetails: "allowOverrideWithJustification",
        policyTip: {
          generalText: "This item has sensitive information.",
          complianceUrl: "https://contoso.example/dlp",
          matchedConditionDescriptions: ["Credit Card Number"],
        },
      };
      const ask = (body: Json, headers = auth) =>
        app.inject({
          method: "POST",
          url: `/v1/tenants/${tenantId}/policy-violations`,
          headers,
          payload: body,
        });
      const body = {
        containerId: chatId,
        messageId: sent.id,
        policyViolation: pv,
        reason: "PCI rule 7",
        actor: "dlp-engine",
      };
      const first = await ask(body);
      expect(first.statusCode).toBe(202);
      // Same verdict, keys in another order: the same request, nothing applied twice.
      const again = await ask({
        ...body,
        policyViolation: {
          policyTip: pv.policyTip,
          verdictDetails: pv.verdictDetails,
          dlpAction: pv.dlpAction,
        },
      });
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(first.json().id);
      // Bad input and unknown messages: 4xx problems, nothing recorded.
      for (const [bad, status] of [
        [{ ...body, policyViolation: { dlpAction: "shred" } }, 400],
        [{ ...body, policyViolation: { ...pv, extra: 1 } }, 400],
        [{ ...body, reason: "" }, 400],
        [{ ...body, messageId: "999" }, 404],
      ] as const) {
        const res = await ask(bad);
        expect(res.statusCode, JSON.stringify(bad).slice(0, 120)).toBe(status);
        expect(res.headers["content-type"]).toMatch(/problem\+json/);
      }
      const applied = await eventually<Json>(
        async () => {
          const r = await app.inject({
            url: `/v1/tenants/${tenantId}/policy-violations/${first.json().id}`,
            headers: auth,
          });
          return r.json().status === "applied" ? r.json() : undefined;
        },
        { timeoutMs: 10_000, intervalMs: 50, what: "the verdict applied" },
      );
      expect(applied.requestedBy).toMatch(/^api-key:[0-9a-f-]+ dlp-engine$/);
      // Graph holds it; the archive holds Graph's version, and the one before it.
      const atGraph = h.sim.control.getMessage(entraId, { chatId }, sent.id);
      expect(atGraph.policyViolation).toMatchObject({ dlpAction: "blockAccess" });
      expect(applied.appliedEtag).toBe(atGraph.etag);
      const v = await versionOf(chatId, sent.id, atGraph.etag);
      expect(storedMessage({ raw: v!.raw, raw_text: v!.rawText })).toEqual(atGraph);
      expect(await versionOf(chatId, sent.id, sent.etag)).not.toBeNull();
      expect(h.sim.control.counters().requests.byEndpoint["PATCH /chats/{id}/messages/{id}"]).toBe(1);
      const done = await eventually(
        async () => events().find((e) => e.type === "message.policy_violation_applied"),
        { timeoutMs: 10_000, intervalMs: 20, what: "message.policy_violation_applied at the partner" },
      );
      expect(done.data).toMatchObject({
        policyViolationId: first.json().id,
        reason: "PCI rule 7",
        message: { etag: atGraph.etag },
      });

      // A channel reply takes the channel form of the PATCH.
      const chan = `/teams/${team.id}/channels/${encodeURIComponent(team.channels[1]!.id)}/messages`;
      const root = await simPost(chan, { content: "root" });
      const reply = await simPost(chan, { content: "secret reply", replyToId: root.id });
      const chanKey = `${team.id}/${team.channels[1]!.id}`;
      await eventually(async () => (await versionOf(chanKey, reply.id, reply.etag)) ?? undefined, {
        timeoutMs: 5_000,
        intervalMs: 20,
        what: "the reply archived",
      });
      const onReply = await ask({
        containerId: chanKey,
        messageId: reply.id,
        policyViolation: { dlpAction: "notifySender" },
        reason: "r",
      });
      expect(onReply.statusCode).toBe(202);
      await eventually(
        async () => {
          const m = h.sim.control.getMessage(
            entraId,
            { teamId: team.id, channelId: team.channels[1]!.id },
            reply.id,
          );
          return (m.policyViolation as Json)?.dlpAction === "notifySender" ? true : undefined;
        },
        { timeoutMs: 10_000, intervalMs: 50, what: "the reply's verdict at Graph" },
      );
    } finally {
      await partner.close();
    }
  });

  it("switches off: Graph subscriptions deleted", async () => {
    const off = await app.inject({
      method: "DELETE",
      url: `/v1/tenants/${tenantId}/live-capture`,
      headers: auth,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().enabled).toBe(false);
    // The manager deletes each subscription at Graph, then its row: wait for both.
    await eventually(
      async () =>
        h.sim.subscriptions.list(entraId).length === 0 &&
        (await db().liveSubscription.count({ where: { tenantId } })) === 0
          ? true
          : undefined,
      { timeoutMs: 10_000, intervalMs: 100, what: "subscriptions deleted at Graph and here" },
    );
  });

  it("an offboarded tenant's subscriptions are deleted at Graph", async () => {
    const on = await app.inject({
      method: "PUT",
      url: `/v1/tenants/${tenantId}/live-capture`,
      headers: auth,
      payload: { scope: "tenant" },
    });
    expect(on.statusCode).toBe(200);
    await activeSubs();
    expect(h.sim.subscriptions.list(entraId)).toHaveLength(2);
    await db().tenant.update({ where: { id: tenantId }, data: { status: "offboarded" } });
    await eventually(async () => (h.sim.subscriptions.list(entraId).length === 0 ? true : undefined), {
      timeoutMs: 10_000,
      intervalMs: 100,
      what: "subscriptions of the offboarded tenant deleted at Graph",
    });
  });
});
