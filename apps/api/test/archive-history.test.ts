import {
  chainTenant,
  type GraphChatMessage,
  pgPoolOf,
  storeMessagePage,
  verifyAttestation,
} from "@capstan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// History of a message, conversation view, and tamper evidence, over versions stored by the real page store.

let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;
let tenantId: string;
let ids: { exportId: string; taskId: string };

const CHAT = "19:a1b2c3@thread.v2";
const TEAM = "0f0e0d0c-0000-4000-8000-000000000001";
const CHANNEL = "19:general0123456789abcdef@thread.tacv2";

function chat(id: string, etag: string, at: string, content: string, extra: Partial<GraphChatMessage> = {}) {
  return {
    id,
    etag,
    chatId: CHAT,
    messageType: "message",
    createdDateTime: "2026-01-01T09:00:00.000Z",
    lastModifiedDateTime: at,
    deletedDateTime: null,
    from: { user: { id: "alice" } },
    body: { contentType: "html", content },
    reactions: [],
    ...extra,
  } as GraphChatMessage;
}

function channel(id: string, at: string, replyToId: string | null, from = "bob") {
  return {
    id,
    etag: "1",
    replyToId,
    channelIdentity: { teamId: TEAM, channelId: CHANNEL },
    messageType: "message",
    createdDateTime: at,
    lastModifiedDateTime: at,
    from: { user: { id: from } },
    body: { contentType: "html", content: `<p>${id}</p>` },
  } as GraphChatMessage;
}

async function store(messages: GraphChatMessage[]) {
  await t.app.db.$transaction((tx) => storeMessagePage(tx, { tenantId, ...ids, messages }));
}

const get = (account: TestAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: account.auth });
const versionsUrl = (container: string, message: string) =>
  `/v1/tenants/${tenantId}/messages/${encodeURIComponent(container)}/${message}/versions`;

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
  tenantId = (await createActiveTenant(t.app, acme.accountId, "c0ffee00-0000-4000-8000-000000000001")).id;
  const exp = await t.app.db.export.create({
    data: { accountId: acme.accountId, tenantId, scope: "tenant", options: {} },
  });
  const task = await t.app.db.exportTask.create({
    data: { exportId: exp.id, tenantId, kind: "user_chats", targetId: "alice" },
  });
  ids = { exportId: exp.id, taskId: task.id };
  // Message m1: created, edited, reacted to, then deleted; the edit arrives last (seen late).
  await store([chat("m1", "1", "2026-01-01T09:00:00.000Z", "<p>hello</p>")]);
  await store([
    chat("m1", "3", "2026-01-01T09:10:00.000Z", "<p>hello there</p>", {
      reactions: [{ reactionType: "like", user: { user: { id: "bob" } } }],
    }),
  ]);
  await store([
    chat("m1", "4", "2026-01-01T09:20:00.000Z", "", { deletedDateTime: "2026-01-01T09:20:00.000Z" }),
  ]);
  await store([chat("m1", "2", "2026-01-01T09:05:00.000Z", "<p>hello there</p>")]);
  // A channel: two threads with replies, stored out of order.
  await store([
    channel("r2", "2026-01-02T10:00:00.000Z", null),
    channel("r1-b", "2026-01-02T09:30:00.000Z", "r1", "carol"),
    channel("r1", "2026-01-02T09:00:00.000Z", null),
    channel("r1-a", "2026-01-02T09:10:00.000Z", "r1"),
    channel("orphan", "2026-01-02T11:00:00.000Z", "gone"),
  ]);
});
afterAll(async () => t?.close());

describe("message history", () => {
  it("lists every version in Graph's order, with first-seen times and what each changed", async () => {
    const res = await get(acme, versionsUrl(CHAT, "m1"));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.versions.map((v: { etag: string }) => v.etag)).toEqual(["1", "2", "3", "4"]);
    expect(body.versions.map((v: { changes: string[] }) => v.changes)).toEqual([
      ["created"],
      ["body"],
      ["reactions"],
      ["deleted", "reactions"],
    ]);
    // The late edit (etag 2) was first seen after the deletion.
    const seen = body.versions.map((v: { firstSeenAt: string }) => Date.parse(v.firstSeenAt));
    expect(seen[1]).toBeGreaterThan(seen[3]);
    expect(body.versions[3].deletedDateTime).toBe("2026-01-01T09:20:00.000Z");
    expect(body.versions[1].message.body.content).toBe("<p>hello there</p>");
    expect(body.versions[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("pages with a cursor and keeps telling what the first version of a page changed", async () => {
    const first = (await get(acme, `${versionsUrl(CHAT, "m1")}?limit=2`)).json();
    expect(first.versions).toHaveLength(2);
    const second = (await get(acme, `${versionsUrl(CHAT, "m1")}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.versions.map((v: { etag: string }) => v.etag)).toEqual(["3", "4"]);
    expect(second.versions[0].changes).toEqual(["reactions"]);
    expect(second.nextCursor).toBeNull();
  });

  it("finds channel messages by {teamId}/{channelId} URL-encoded", async () => {
    const res = await get(acme, versionsUrl(`${TEAM}/${CHANNEL}`, "r1"));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().versions).toHaveLength(1);
  });

  it("answers 404 for another account, an unknown message, and 400 for a forged cursor", async () => {
    expect((await get(globex, versionsUrl(CHAT, "m1"))).statusCode).toBe(404);
    expect((await get(acme, versionsUrl(CHAT, "nope"))).json().code).toBe("not_found");
    const forged = await get(
      acme,
      `${versionsUrl(CHAT, "m1")}?cursor=${Buffer.from('["x"]').toString("base64url")}`,
    );
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe("invalid_cursor");
    const bad = await get(acme, versionsUrl("bad id with spaces", "m1"));
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
  });
});

describe("conversation view", () => {
  const url = (q = "") =>
    `/v1/tenants/${tenantId}/conversations/${encodeURIComponent(`${TEAM}/${CHANNEL}`)}${q}`;

  it("shows threads in time order with their replies under them, and orphans at the top level", async () => {
    const res = await get(acme, url());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.containerType).toBe("channel");
    expect(body.data.map((e: { messageId: string }) => e.messageId)).toEqual(["r1", "r2", "orphan"]);
    expect(body.data[0].replies.map((r: { messageId: string }) => r.messageId)).toEqual(["r1-a", "r1-b"]);
    expect(body.data[1].replies).toEqual([]);
  });

  it("pages threads with a cursor and filters by time", async () => {
    const first = (await get(acme, url("?limit=1"))).json();
    expect(first.data.map((e: { messageId: string }) => e.messageId)).toEqual(["r1"]);
    const next = (await get(acme, url(`?limit=1&cursor=${first.nextCursor}`))).json();
    expect(next.data.map((e: { messageId: string }) => e.messageId)).toEqual(["r2"]);
    const late = (await get(acme, url("?from=2026-01-02T09:45:00Z"))).json();
    expect(late.data.map((e: { messageId: string }) => e.messageId)).toEqual(["r2", "orphan"]);
  });

  it("shows a chat's current versions, hides deleted ones on request, and 404s for others", async () => {
    const chatUrl = `/v1/tenants/${tenantId}/conversations/${encodeURIComponent(CHAT)}`;
    const all = (await get(acme, chatUrl)).json();
    expect(all.data).toHaveLength(1);
    expect(all.data[0]).toMatchObject({ messageId: "m1", etag: "4", versions: 4 });
    expect((await get(acme, `${chatUrl}?includeDeleted=false`)).json().data).toEqual([]);
    expect((await get(globex, chatUrl)).statusCode).toBe(404);
  });
});

describe("tamper evidence", () => {
  it("records a ledger entry for every stored version, then chains and signs them", async () => {
    const pool = pgPoolOf(t.app.db);
    const counts = await pool.query(
      `SELECT (SELECT count(*) FROM message_versions WHERE tenant_id = $1) AS versions,
              (SELECT count(*) FROM archive_ledger WHERE tenant_id = $1) AS entries`,
      [tenantId],
    );
    expect(Number(counts.rows[0].entries)).toBe(Number(counts.rows[0].versions));
    expect(await chainTenant(t.app.db, tenantId)).toBe(9);
    expect(await chainTenant(t.app.db, tenantId)).toBe(0);

    const head = (await get(acme, `/v1/tenants/${tenantId}/ledger`)).json();
    expect(head).toMatchObject({ position: "9", pending: 0 });
    const keys = await t.app.inject({ method: "GET", url: "/v1/signing-keys" });
    expect(keys.statusCode).toBe(200);
    const [jwk] = keys.json().keys;
    const signed = await verifyAttestation<{ position: string; chainHash: string }>(head.attestation, jwk);
    expect(signed).toMatchObject({ type: "ledger-head", tenantId, position: "9", chainHash: head.chainHash });

    const verified = (await get(acme, `/v1/tenants/${tenantId}/ledger/verify`)).json();
    expect(verified).toMatchObject({
      ok: true,
      entries: 9,
      failures: [],
      unrecorded: 0,
      chainHash: head.chainHash,
    });
    expect(await verifyAttestation(verified.attestation, jwk)).toMatchObject({
      type: "verification",
      ok: true,
    });
  });

  it("a forged attestation does not verify", async () => {
    const head = (await get(acme, `/v1/tenants/${tenantId}/ledger`)).json();
    const [jwk] = (await t.app.inject({ method: "GET", url: "/v1/signing-keys" })).json().keys;
    const [h, , s] = head.attestation.split(".");
    const forged = `${h}.${Buffer.from(JSON.stringify({ position: "999" })).toString("base64url")}.${s}`;
    await expect(verifyAttestation(forged, jwk)).rejects.toThrow();
  });

  it("detects a version changed, deleted or inserted behind Capstan's back, and a rewritten link", async () => {
    const pool = pgPoolOf(t.app.db);
    const verify = async (q = "") => (await get(acme, `/v1/tenants/${tenantId}/ledger/verify${q}`)).json();

    // An edit of the stored JSON.
    await pool.query(
      `UPDATE message_versions SET raw = jsonb_set(raw, '{body,content}', '"<p>goodbye</p>"')
       WHERE tenant_id = $1 AND message_id = 'm1' AND etag = '2'`,
      [tenantId],
    );
    let result = await verify();
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([
      expect.objectContaining({ messageId: "m1", etag: "2", problem: "content_changed" }),
    ]);
    await pool.query(
      `UPDATE message_versions SET raw = jsonb_set(raw, '{body,content}', '"<p>hello there</p>"')
       WHERE tenant_id = $1 AND message_id = 'm1' AND etag = '2'`,
      [tenantId],
    );
    expect((await verify()).ok).toBe(true);

    // A changed time alone is caught too.
    await pool.query(
      "UPDATE message_versions SET first_seen_at = first_seen_at - interval '1 day' WHERE tenant_id = $1 AND message_id = 'r2'",
      [tenantId],
    );
    expect((await verify()).failures.map((f: { problem: string }) => f.problem)).toEqual(["content_changed"]);

    // A version removed without a recorded deletion.
    await pool.query("DELETE FROM message_versions WHERE tenant_id = $1 AND message_id = 'r1-a'", [tenantId]);
    result = await verify();
    expect(
      result.failures.map((f: { messageId: string; problem: string }) => [f.messageId, f.problem]),
    ).toEqual(
      expect.arrayContaining([
        ["r2", "content_changed"],
        ["r1-a", "version_missing"],
      ]),
    );

    // A version slipped in with triggers off has no entry.
    const client = await pool.connect();
    try {
      await client.query("SET session_replication_role = replica");
      await client.query(
        `INSERT INTO message_versions (tenant_id, container_id, message_id, etag, json_hash, raw) VALUES ($1, $2, 'planted', '1', '\\x', '{}')`,
        [tenantId, CHAT],
      );
      await client.query("SET session_replication_role = origin");
    } finally {
      client.release();
    }
    expect((await verify()).unrecorded).toBe(1);

    // A rewritten chain link, and a range verification that starts after it still checks its own links.
    await pool.query(
      "UPDATE archive_ledger SET chain_hash = sha256(chain_hash) WHERE tenant_id = $1 AND position = 5",
      [tenantId],
    );
    const ranged = await verify("?fromPosition=5&toPosition=6");
    expect(ranged.entries).toBe(2);
    expect(
      ranged.failures.map((f: { position: string; problem: string }) => [f.position, f.problem]),
    ).toEqual(
      expect.arrayContaining([
        ["5", "chain_broken"],
        ["6", "chain_broken"],
      ]),
    );
  });

  it("refuses bad ranges with a problem, and 404s for another account", async () => {
    const bad = await get(acme, `/v1/tenants/${tenantId}/ledger/verify?fromPosition=5&toPosition=2`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("invalid_range");
    expect((await get(acme, `/v1/tenants/${tenantId}/ledger/verify?fromPosition=-1`)).statusCode).toBe(400);
    expect((await get(globex, `/v1/tenants/${tenantId}/ledger`)).statusCode).toBe(404);
    expect((await get(globex, `/v1/tenants/${tenantId}/ledger/verify`)).statusCode).toBe(404);
  });
});
