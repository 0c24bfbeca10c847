import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buildBundle, expireDueBundles } from "@capstan/archive";
import { type GraphChatMessage, storeHostedContent, storeMessagePage, verifyAttestation } from "@capstan/db";
import PostalMime from "postal-mime";
import { extract } from "tar-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, createActiveTenant, type TestAccount, type TestApp } from "./helpers";

// Export bundles: built by the worker's function (resumed after a crash halfway), downloaded as a tar,
// every file checked against the signed manifest, each EML parsed back with a MIME parser.

let t: TestApp;
let acme: TestAccount;
let globex: TestAccount;
let tenantId: string;

const CHAT = "19:bundle-chat@thread.v2";
const TEAM = "0f0e0d0c-0000-4000-8000-000000000003";
const CHANNEL = "19:legal@thread.tacv2";
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
const PNG_SHA = createHash("sha256").update(PNG).digest("hex");

function msg(id: string, minute: number, content: string, extra: Partial<GraphChatMessage> = {}) {
  const at = new Date(Date.UTC(2026, 1, 1, 9, minute)).toISOString();
  return {
    id,
    etag: "1",
    chatId: CHAT,
    messageType: "message",
    createdDateTime: at,
    lastModifiedDateTime: at,
    from: { user: { id: "alice-id", displayName: "Alice Example" } } as GraphChatMessage["from"],
    body: { contentType: "html", content },
    attachments: [],
    ...extra,
  } as GraphChatMessage;
}

async function tarEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const ex = extract();
  ex.on("entry", (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c) => {
      chunks.push(c as Buffer);
    });
    stream.on("end", () => {
      expect(entries.has(header.name), `duplicate ${header.name}`).toBe(false);
      entries.set(header.name, Buffer.concat(chunks));
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    ex.on("finish", resolve);
    ex.on("error", reject);
    Readable.from([bytes]).pipe(ex);
  });
  return entries;
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const post = (account: TestAccount, url: string, payload: unknown) =>
  t.app.inject({ method: "POST", url, headers: account.auth, payload: payload as Record<string, unknown> });
const get = (account: TestAccount, url: string) =>
  t.app.inject({ method: "GET", url, headers: account.auth });

beforeAll(async () => {
  t = await buildTestApp();
  acme = await createAccount(t.app, "Acme");
  globex = await createAccount(t.app, "Globex");
  tenantId = (await createActiveTenant(t.app, acme.accountId, crypto.randomUUID())).id;
  const exp = await t.app.db.export.create({
    data: { accountId: acme.accountId, tenantId, scope: "tenant", options: {} },
  });
  const task = await t.app.db.exportTask.create({
    data: { exportId: exp.id, tenantId, kind: "user_chats", targetId: "u" },
  });
  const messages = [
    msg("1", 0, "<p>Contract draft attached</p>", {
      attachments: [
        { id: "a", contentType: "reference", name: "contract.docx", contentUrl: "https://x.example/c" },
      ],
    }),
    msg(
      "2",
      1,
      `<p>the chart <img src="https://graph.microsoft.com/v1.0/chats/${CHAT}/messages/2/hostedContents/hc-1/$value"></p>`,
      {
        from: { user: { id: "bob-id", displayName: "Bob" } } as GraphChatMessage["from"],
      },
    ),
    msg("3", 2, "<script>alert(1)</script><p>Tom &amp; Jerry</p>"),
    msg("r", 3, "<p>thread root</p>", {
      chatId: null,
      channelIdentity: { teamId: TEAM, channelId: CHANNEL },
      subject: "Case 7",
    }),
    msg("r-1", 4, "<p>a reply</p>", {
      chatId: null,
      channelIdentity: { teamId: TEAM, channelId: CHANNEL },
      replyToId: "r",
      from: { user: { id: "dana-id", displayName: "Dana" } } as GraphChatMessage["from"],
    }),
  ];
  await t.app.db.$transaction((tx) =>
    storeMessagePage(tx, { tenantId, exportId: exp.id, taskId: task.id, messages }),
  );
  await storeHostedContent(
    t.app.db,
    { tenantId, containerId: CHAT, messageId: "2", hostedContentId: "hc-1" },
    { sha256: PNG_SHA, contentType: "image/png", bytes: PNG },
  );
});
afterAll(async () => t?.close());

describe("export bundles", () => {
  it("builds a query's bundle, resumes after a crash halfway, and the download matches its signed manifest", async () => {
    const created = await post(acme, `/v1/tenants/${tenantId}/export-bundles`, {
      query: { userId: "alice-id", includeDeleted: true },
    });
    expect(created.statusCode, created.body).toBe(202);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: "queued", downloadUrl: null });
    expect((await get(acme, `/v1/export-bundles/${id}/download`)).json().code).toBe(
      "export_bundle_not_ready",
    );

    // The first build dies after its first part; the second resumes and finishes.
    await expect(
      buildBundle(t.app.db, t.app.archiveSigner, id, {
        onPart: () => {
          throw new Error("worker killed");
        },
      }),
    ).rejects.toThrow("worker killed");
    const halfway = (await get(acme, `/v1/export-bundles/${id}`)).json();
    expect(halfway).toMatchObject({ status: "running", messagesTotal: 3 });
    expect(halfway.messagesDone).toBeGreaterThan(0);
    await buildBundle(t.app.db, t.app.archiveSigner, id);
    await buildBundle(t.app.db, t.app.archiveSigner, id); // a late duplicate changes nothing
    const done = (await get(acme, `/v1/export-bundles/${id}`)).json();
    expect(done).toMatchObject({ status: "completed", messagesTotal: 3, messagesDone: 3 });

    const download = await get(acme, done.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/x-tar");
    const bytes = download.rawPayload;
    expect(bytes.length).toBe(done.bytes);
    const files = await tarEntries(bytes);

    // The manifest names every other file with its size and hash; its hash is what Capstan signed.
    const manifestJson = files.get("manifest.json") as Buffer;
    const manifest = JSON.parse(manifestJson.toString());
    expect(sha(manifestJson)).toBe(done.manifestSha256);
    expect(download.headers["x-manifest-sha256"]).toBe(done.manifestSha256);
    const listed = manifest.files.map((f: { path: string }) => f.path).sort();
    expect(listed).toEqual([...files.keys()].filter((p) => !p.startsWith("manifest.")).sort());
    for (const f of manifest.files) {
      expect(sha(files.get(f.path) as Buffer), f.path).toBe(f.sha256);
      expect((files.get(f.path) as Buffer).length).toBe(f.size);
    }
    const [jwk] = (await t.app.inject({ method: "GET", url: "/v1/signing-keys" })).json().keys;
    const signed = await verifyAttestation<{ manifestSha256: string }>(
      (files.get("manifest.jws") as Buffer).toString().trim(),
      jwk,
    );
    expect(signed).toMatchObject({
      type: "export-bundle-manifest",
      bundleId: id,
      manifestSha256: done.manifestSha256,
    });
    expect(manifest).toMatchObject({ bundleId: id, tenantId, messages: 3, source: { kind: "query" } });

    // NDJSON: each chosen message once, exactly as stored.
    const ndjson = [...files]
      .filter(([p]) => p.endsWith(".ndjson"))
      .flatMap(([, b]) => b.toString().trim().split("\n"));
    const lines = ndjson.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.messageId).sort()).toEqual(["1", "3", "r"]);
    expect(lines.find((l) => l.messageId === "1").message.attachments[0].name).toBe("contract.docx");

    // EML parsed back by a MIME parser.
    const emlPath = [...files.keys()].find(
      (p) => p.endsWith(".eml") && files.get(p)?.includes("X-Teams-Message-ID: 1"),
    );
    expect(emlPath).toBeDefined();
    const email = await PostalMime.parse(files.get(emlPath as string) as Buffer);
    expect(email.from).toMatchObject({ name: "Alice Example", address: "alice-id@users.teams.invalid" });
    expect(new Date(email.date as string).toISOString()).toBe("2026-02-01T09:00:00.000Z");
    expect(email.text).toContain("Contract draft attached");
    expect(email.headers.find((h) => h.key === "x-teams-attachments")?.value).toContain("contract.docx");

    // The transcript escapes what the message carried.
    const transcript = [...files].find(
      ([p]) => p.includes(CHAT.replace(/[^A-Za-z0-9._-]+/g, "_")) && p.endsWith(".html"),
    );
    expect(transcript).toBeDefined();
    const html = (transcript as [string, Buffer])[1].toString();
    expect(html).not.toContain("<script>");
    expect(html).toContain("Tom &amp; Jerry");
    expect(html).toContain("Alice Example");
  });

  it("bundles what a hold covers, with hosted contents as inline MIME parts and replies threaded", async () => {
    const hold = (
      await post(acme, `/v1/tenants/${tenantId}/legal-holds`, {
        scope: "user",
        userId: "bob-id",
        name: "Bob",
      })
    ).json();
    const channelHold = (
      await post(acme, `/v1/tenants/${tenantId}/legal-holds`, {
        scope: "query",
        name: "Case 7",
        query: { teamId: TEAM, channelId: CHANNEL },
      })
    ).json();
    const a = (await post(acme, `/v1/tenants/${tenantId}/export-bundles`, { holdId: hold.id })).json();
    const b = (await post(acme, `/v1/tenants/${tenantId}/export-bundles`, { holdId: channelHold.id })).json();
    await buildBundle(t.app.db, t.app.archiveSigner, a.id);
    await buildBundle(t.app.db, t.app.archiveSigner, b.id);
    // Bob's hold covers the chat he wrote in: all three chat messages.
    expect((await get(acme, `/v1/export-bundles/${a.id}`)).json()).toMatchObject({
      status: "completed",
      messagesTotal: 3,
    });

    const files = await tarEntries((await get(acme, `/v1/export-bundles/${a.id}/download`)).rawPayload);
    const eml = [...files].find(([, v]) => v.includes("X-Teams-Message-ID: 2"))?.[1] as Buffer;
    const email = await PostalMime.parse(eml);
    expect(email.attachments).toHaveLength(1);
    const image = email.attachments[0];
    expect(image?.mimeType).toBe("image/png");
    expect(Buffer.from(image?.content as ArrayBuffer).equals(PNG)).toBe(true);
    expect(email.html).toContain(`cid:${image?.contentId?.replace(/^<|>$/g, "")}`);

    const thread = await tarEntries((await get(acme, `/v1/export-bundles/${b.id}/download`)).rawPayload);
    const reply = [...thread].find(([, v]) => v.includes("X-Teams-Message-ID: r-1"))?.[1] as Buffer;
    const root = [...thread].find(([, v]) => v.includes("X-Teams-Message-ID: r\r\n"))?.[1] as Buffer;
    const [parsedReply, parsedRoot] = [await PostalMime.parse(reply), await PostalMime.parse(root)];
    expect(parsedReply.inReplyTo).toBe(parsedRoot.messageId);
    expect(parsedRoot.subject).toBe("Case 7");
  });

  it("a tenant's purge deletes its bundles with their content", async () => {
    const other = await createActiveTenant(t.app, acme.accountId, crypto.randomUUID());
    const bundle = (
      await post(acme, `/v1/tenants/${other.id}/export-bundles`, { query: { includeDeleted: true } })
    ).json();
    await buildBundle(t.app.db, t.app.archiveSigner, bundle.id);
    expect(await t.app.db.exportBundlePart.count({ where: { bundleId: bundle.id } })).toBe(1);
    await t.app.inject({ method: "DELETE", url: `/v1/tenants/${other.id}`, headers: acme.auth });
    const purged = await post(acme, `/v1/tenants/${other.id}/purge`, { confirm: other.id });
    expect(purged.statusCode, purged.body).toBe(200);
    expect(purged.json().deleted).toMatchObject({ exportBundles: 1 });
    expect(await t.app.db.exportBundlePart.count({ where: { bundleId: bundle.id } })).toBe(0);
    expect((await get(acme, `/v1/export-bundles/${bundle.id}`)).statusCode).toBe(404);
  });

  it("resumes a download by byte range, answering exactly the bytes of the whole tar", async () => {
    const bundle = (
      await post(acme, `/v1/tenants/${tenantId}/export-bundles`, { query: { includeDeleted: true } })
    ).json();
    await buildBundle(t.app.db, t.app.archiveSigner, bundle.id);
    const full = await get(acme, `/v1/export-bundles/${bundle.id}/download`);
    const whole = full.rawPayload;
    expect(full.headers["accept-ranges"]).toBe("bytes");
    const etag = full.headers.etag as string;
    expect(etag).toBe(`"${full.headers["x-manifest-sha256"]}"`);
    // Several parts (one per conversation and the manifest's): ranges that start, end and cross inside them.
    expect(await t.app.db.exportBundlePart.count({ where: { bundleId: bundle.id } })).toBeGreaterThan(2);
    const range = (header: Record<string, string>) =>
      t.app.inject({
        method: "GET",
        url: `/v1/export-bundles/${bundle.id}/download`,
        headers: { ...acme.auth, ...header },
      });
    const size = whole.length;
    for (const [asked, start, end] of [
      ["bytes=0-0", 0, 0],
      ["bytes=700-", 700, size - 1],
      [`bytes=1000-${size - 1000}`, 1000, size - 1000],
      ["bytes=-513", size - 513, size - 1],
      [`bytes=${size - 10}-${size + 500}`, size - 10, size - 1],
    ] as const) {
      const res = await range({ range: asked, "if-range": etag });
      expect(res.statusCode, asked).toBe(206);
      expect(res.headers["content-range"]).toBe(`bytes ${start}-${end}/${size}`);
      expect(res.rawPayload.equals(whole.subarray(start, end + 1)), asked).toBe(true);
    }
    // A resumed download put together from two ranges is the tar.
    const head = (await range({ range: "bytes=0-4999" })).rawPayload;
    const tail = (await range({ range: "bytes=5000-" })).rawPayload;
    expect(Buffer.concat([head, tail]).equals(whole)).toBe(true);
    // Past the end or no range at all: 416 with the size; a stale If-Range, several ranges or another unit:
    // the whole tar.
    for (const asked of [`bytes=${size}-`, "bytes=x-y"]) {
      const refused = await range({ range: asked });
      expect(refused.statusCode, asked).toBe(416);
      expect(refused.headers["content-range"]).toBe(`bytes */${size}`);
      expect(refused.json().code).toBe("range_not_satisfiable");
    }
    for (const header of [
      { range: "bytes=0-9", "if-range": '"other"' },
      { range: "bytes=0-9,5000-5009" },
      { range: "items=0-9" },
    ] as Record<string, string>[]) {
      const res = await range(header);
      expect(res.statusCode, JSON.stringify(header)).toBe(200);
      expect(res.rawPayload.equals(whole)).toBe(true);
    }
  });

  it("lists a tenant's bundles newest first, and removes a bundle's bytes on request or at expiry", async () => {
    const tenant = await createActiveTenant(t.app, acme.accountId, crypto.randomUUID());
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const b = (
        await post(acme, `/v1/tenants/${tenant.id}/export-bundles`, { query: { includeDeleted: true } })
      ).json();
      await buildBundle(t.app.db, t.app.archiveSigner, b.id, { retentionDays: 7 });
      made.push(b.id as string);
    }
    const first = (await get(acme, `/v1/tenants/${tenant.id}/export-bundles?limit=2`)).json();
    expect(first.data.map((b: { id: string }) => b.id)).toEqual([made[2], made[1]]);
    const second = (
      await get(acme, `/v1/tenants/${tenant.id}/export-bundles?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toMatchObject({ data: [{ id: made[0] }], nextCursor: null });
    const completed = first.data[0];
    expect(completed.status).toBe("completed");
    const finished = Date.parse(completed.finishedAt);
    expect(Date.parse(completed.expiresAt) - finished).toBe(7 * 86_400_000);

    // Deleted on request: bytes gone, the record kept, download 410; deleting again answers the same.
    const del = () =>
      t.app.inject({ method: "DELETE", url: `/v1/export-bundles/${made[0]}`, headers: acme.auth });
    const removed = await del();
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({
      status: "expired",
      downloadUrl: null,
      removedBy: expect.any(String),
    });
    expect((await del()).json()).toEqual(removed.json());
    expect(await t.app.db.exportBundlePart.count({ where: { bundleId: made[0] } })).toBe(0);
    const gone = await get(acme, `/v1/export-bundles/${made[0]}/download`);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().code).toBe("export_bundle_expired");

    // Expired by the archive pass once past expires_at; the others stay.
    await t.app.db.exportBundle.update({
      where: { id: made[1] as string },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await expireDueBundles(t.app.db)).toBe(1);
    expect(await expireDueBundles(t.app.db)).toBe(0);
    expect((await get(acme, `/v1/export-bundles/${made[1]}`)).json()).toMatchObject({
      status: "expired",
      removedBy: "expiry",
    });
    expect((await get(acme, `/v1/export-bundles/${made[2]}`)).json().status).toBe("completed");
    expect(await t.app.db.exportBundlePart.count({ where: { bundleId: made[2] } })).toBeGreaterThan(0);
    const expiredOnly = (await get(acme, `/v1/tenants/${tenant.id}/export-bundles?status=expired`)).json();
    expect(expiredOnly.data.map((b: { id: string }) => b.id).sort()).toEqual([made[0], made[1]].sort());
    const audits = await t.app.db.auditEvent.findMany({
      where: {
        targetId: { in: [made[0] as string, made[1] as string] },
        action: { startsWith: "export_bundle." },
      },
      orderBy: { createdAt: "asc" },
    });
    expect(
      audits.map((a) => [a.targetId, a.action]).filter(([, a]) => a !== "export_bundle.created"),
    ).toEqual([
      [made[0], "export_bundle.deleted"],
      [made[1], "export_bundle.expired"],
    ]);

    // A bundle still building is not removed; another account's is a 404; a bad status a 400.
    const building = (
      await post(acme, `/v1/tenants/${tenant.id}/export-bundles`, { query: { includeDeleted: true } })
    ).json();
    const refused = await t.app.inject({
      method: "DELETE",
      url: `/v1/export-bundles/${building.id}`,
      headers: acme.auth,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("export_bundle_building");
    expect(
      (await t.app.inject({ method: "DELETE", url: `/v1/export-bundles/${made[2]}`, headers: globex.auth }))
        .statusCode,
    ).toBe(404);
    expect((await get(globex, `/v1/tenants/${tenant.id}/export-bundles`)).statusCode).toBe(404);
    expect((await get(acme, `/v1/tenants/${tenant.id}/export-bundles?status=gone`)).statusCode).toBe(400);
    expect((await get(acme, `/v1/tenants/${tenant.id}/export-bundles?cursor=bm9wZQ`)).statusCode).toBe(400);
  });

  it("answers bad bodies with 400 and another account with 404", async () => {
    for (const body of [
      {},
      { query: {}, holdId: crypto.randomUUID() },
      { holdId: "nope" },
      { query: { q: 5 } },
    ]) {
      const res = await post(acme, `/v1/tenants/${tenantId}/export-bundles`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    const hold = (
      await post(acme, `/v1/tenants/${tenantId}/legal-holds`, { scope: "tenant", name: "all" })
    ).json();
    const own = await createActiveTenant(t.app, globex.accountId, crypto.randomUUID());
    expect((await post(globex, `/v1/tenants/${own.id}/export-bundles`, { holdId: hold.id })).statusCode).toBe(
      404,
    );
    const bundle = (await post(acme, `/v1/tenants/${tenantId}/export-bundles`, { holdId: hold.id })).json();
    expect((await get(globex, `/v1/export-bundles/${bundle.id}`)).statusCode).toBe(404);
    expect((await get(globex, `/v1/export-bundles/${bundle.id}/download`)).statusCode).toBe(404);
  });
});
