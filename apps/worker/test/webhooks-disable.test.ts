import { webhookEventSchemas } from "@capstan/contracts";
import { withTransaction } from "@capstan/db";
import { enableEndpoint, rotateEndpointSecret } from "@capstan/webhooks";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookHarness, type Receiver, startReceiver, type WebhookHarness } from "./webhooks-harness";

let h: WebhookHarness;
let receiver: Receiver;
const statusOf = new Map<string, number>();

beforeAll(async () => {
  h = await createWebhookHarness({
    WEBHOOK_RETRY_SCHEDULE: "0,50ms",
    WEBHOOK_DISABLE_AFTER_FAILURES: "2",
    WEBHOOK_DISABLE_AFTER_DAYS: "5",
  });
  receiver = await startReceiver((req, res) => {
    res.writeHead(statusOf.get(req.url) ?? 200).end();
  });
});
afterAll(async () => {
  await receiver?.close();
  await h?.close();
});

const hits = (path: string) => receiver.requests.filter((r) => r.url === path);

/** An account with a failing endpoint and a healthy one that hears about it. */
async function accountWithWatcher(path: string, status: number) {
  statusOf.set(path, status);
  const accountId = await h.newAccount();
  const failing = await h.addEndpoint(accountId, `${receiver.origin}${path}`);
  const watcherPath = `${path}-watcher`;
  const watcher = await h.addEndpoint(accountId, `${receiver.origin}${watcherPath}`, [
    "webhook_endpoint.disabled",
  ]);
  return { accountId, failing, watcher, watcherPath };
}

/** The account is told: a signed webhook_endpoint.disabled to the other endpoint, and a notification. */
async function expectAccountTold(
  accountId: string,
  watcher: { secret: string },
  watcherPath: string,
  endpointId: string,
  code: string,
) {
  await h.drain({ until: async () => hits(watcherPath).length === 1 });
  const [req] = hits(watcherPath);
  const payload = new Webhook(watcher.secret).verify(
    req?.body as string,
    req?.headers as Record<string, string>,
  );
  const event = webhookEventSchemas["webhook_endpoint.disabled"].parse(payload);
  expect(event.data).toMatchObject({ endpoint: { id: endpointId }, code });
  const notes = await h.db.accountNotification.findMany({ where: { accountId } });
  expect(notes).toHaveLength(1);
  expect(notes[0]?.type).toBe("webhook_endpoint.disabled");
  expect(notes[0]?.detail).toContain("disabled");
}

describe("disabling endpoints that are gone or keep failing", () => {
  it("410 Gone disables the endpoint at once and the account is told", async () => {
    const { accountId, failing, watcher, watcherPath } = await accountWithWatcher("/gone", 410);
    const first = await h.emit(accountId);
    await h.drain({ until: async () => hits("/gone").length === 1 });
    await h.drain({ until: async () => hits(watcherPath).length === 1 });

    const endpoint = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } });
    expect(endpoint).toMatchObject({ enabled: false, disabledCode: "gone" });
    expect(endpoint.disabledReason).toMatch(/410/);
    expect(
      await h.db.webhookDelivery.findFirstOrThrow({ where: { eventId: first, endpointId: failing.id } }),
    ).toMatchObject({
      status: "failed",
      lastStatus: 410,
    });
    await expectAccountTold(accountId, watcher, watcherPath, failing.id, "gone");

    // Nothing more goes to it.
    await h.emit(accountId);
    await h.drain();
    expect(hits("/gone")).toHaveLength(1);
  });

  it("N consecutive failed deliveries disable the endpoint and the account is told", async () => {
    const { accountId, failing, watcher, watcherPath } = await accountWithWatcher("/broken", 500);
    await h.emit(accountId);
    await h.drain({
      until: async () =>
        (await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } })).consecutiveFailures ===
        1,
    });
    expect((await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } })).enabled).toBe(true);
    await h.emit(accountId);
    await h.drain({
      until: async () =>
        !(await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } })).enabled,
    });
    const endpoint = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } });
    expect(endpoint).toMatchObject({ disabledCode: "failing_deliveries", consecutiveFailures: 2 });
    expect(hits("/broken")).toHaveLength(4); // two deliveries, two attempts each
    await expectAccountTold(accountId, watcher, watcherPath, failing.id, "failing_deliveries");

    // Enabled again with a clean record, it receives new events.
    statusOf.set("/broken", 200);
    await withTransaction(h.db, (tx) => enableEndpoint(tx, { accountId, endpointId: failing.id }));
    expect(await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } })).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
    await h.emit(accountId);
    await h.drain({ until: async () => hits("/broken").length === 5 });
  });

  it("an endpoint failing for days is disabled (controllable clock)", async () => {
    const { accountId, failing, watcher, watcherPath } = await accountWithWatcher("/dying", 503);
    // The delivery clock runs with real time, plus whatever the test adds.
    let offset = 0;
    const deliverer = h.deliverer({ now: () => new Date(Date.now() + offset) });
    const before = Date.now();
    const eventId = await h.emit(accountId);
    await h.drain({ deliverer, until: async () => hits("/dying").length === 1 });
    const failingSince = (await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } }))
      .failingSince;
    expect(failingSince?.getTime()).toBeGreaterThanOrEqual(before);
    expect(failingSince?.getTime()).toBeLessThanOrEqual(Date.now());

    offset += 4 * 86_400_000; // four days on: failing, still enabled
    await h.db.webhookDelivery.updateMany({ where: { eventId, endpointId: failing.id }, data: { step: 0 } });
    await h.drain({ deliverer, until: async () => hits("/dying").length === 2 });
    expect((await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } })).enabled).toBe(true);

    offset += 1 * 86_400_000 + 60_000; // past five days
    await h.drain({
      deliverer,
      until: async () =>
        !(await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } })).enabled,
    });
    const endpoint = await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } });
    expect(endpoint.disabledCode).toBe("failing_days");
    expect(endpoint.disabledReason).toMatch(/5 days/);
    await expectAccountTold(accountId, watcher, watcherPath, failing.id, "failing_days");
  });

  it("a success clears the failure record", async () => {
    statusOf.set("/recovering", 500);
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/recovering`);
    await h.emit(accountId);
    await h.drain({
      until: async () =>
        (await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).consecutiveFailures === 1,
    });
    statusOf.set("/recovering", 200);
    await h.emit(accountId);
    await h.drain({ until: async () => hits("/recovering").length === 3 });
    await h.drain();
    expect(await h.db.webhookEndpoint.findUniqueOrThrow({ where: { id: ep.id } })).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      failingSince: null,
    });
  });
});

describe("secret rotation", () => {
  it("signs with the new and the old secret for 24 hours, then with the new one only", async () => {
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/rotating`);
    const rotated = await withTransaction(h.db, (tx) =>
      rotateEndpointSecret(tx, { accountId, endpointId: ep.id, box: h.settings.secrets }),
    );
    expect(rotated?.secret).toMatch(/^whsec_/);
    expect(rotated?.secret).not.toBe(ep.secret);
    expect((rotated?.previousSecretExpiresAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    await h.emit(accountId);
    await h.drain({ until: async () => hits("/rotating").length === 1 });
    const [during] = hits("/rotating");
    const headers = during?.headers as Record<string, string>;
    expect(headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(new Webhook(ep.secret).verify(during?.body as string, headers)).toBeTruthy();
    expect(new Webhook(rotated?.secret as string).verify(during?.body as string, headers)).toBeTruthy();

    // 25 hours later (by the delivery clock) the old secret no longer signs.
    const later = h.deliverer({ now: () => new Date(Date.now() + 25 * 3_600_000) });
    await h.emit(accountId);
    await h.drain({ deliverer: later, until: async () => hits("/rotating").length === 2 });
    const after = hits("/rotating")[1];
    const afterHeaders = after?.headers as Record<string, string>;
    expect(afterHeaders["webhook-signature"]?.split(" ")).toHaveLength(1);
    expect(new Webhook(rotated?.secret as string).verify(after?.body as string, afterHeaders)).toBeTruthy();
    expect(() => new Webhook(ep.secret).verify(after?.body as string, afterHeaders)).toThrow(
      WebhookVerificationError,
    );
  });

  it("rotating twice keeps only the secret just replaced beside the new one", async () => {
    const accountId = await h.newAccount();
    const ep = await h.addEndpoint(accountId, `${receiver.origin}/rotating-twice`);
    const r1 = await withTransaction(h.db, (tx) =>
      rotateEndpointSecret(tx, { accountId, endpointId: ep.id, box: h.settings.secrets }),
    );
    const r2 = await withTransaction(h.db, (tx) =>
      rotateEndpointSecret(tx, { accountId, endpointId: ep.id, box: h.settings.secrets }),
    );
    await h.emit(accountId);
    await h.drain({ until: async () => hits("/rotating-twice").length === 1 });
    const [req] = hits("/rotating-twice");
    const headers = req?.headers as Record<string, string>;
    expect(new Webhook(r2?.secret as string).verify(req?.body as string, headers)).toBeTruthy();
    expect(new Webhook(r1?.secret as string).verify(req?.body as string, headers)).toBeTruthy();
    expect(() => new Webhook(ep.secret).verify(req?.body as string, headers)).toThrow(
      WebhookVerificationError,
    );
    // Another account cannot rotate it.
    const stranger = await h.newAccount();
    expect(
      await withTransaction(h.db, (tx) =>
        rotateEndpointSecret(tx, { accountId: stranger, endpointId: ep.id, box: h.settings.secrets }),
      ),
    ).toBeNull();
  });
});
