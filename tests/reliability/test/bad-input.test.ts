import { randomUUID } from "node:crypto";
import net from "node:net";
import { withTransaction } from "@capstan/db";
import { emitTenantEvent } from "@capstan/webhooks";
import fc from "fast-check";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTestApp,
  createAccount,
  createActiveTenant,
  type TestAccount,
  type TestApp,
} from "../../../apps/api/test/helpers";
import { report, seedFor, trials } from "../src/env";
import { badString } from "../src/nasty";
import {
  acceptedTypes,
  constrains,
  documentedOperations,
  type JsonSchema,
  jsonTypeOf,
  type Operation,
  type Parameter,
  stringSatisfies,
} from "../src/openapi";
import { expectProblem } from "../src/problems";
import { databaseFingerprint } from "../src/snapshot";

// Bad input over every documented route (the API's own OpenAPI document, generated from the zod schemas
// that validate requests): malformed JSON, wrong types, huge and deeply nested bodies, invalid ids,
// control characters, SQL- and HTML-like strings, bad headers and cursors. Every answer must be a 4xx
// problem+json with nothing internal in it — never a 5xx — and nothing may be stored.

const OPS_TOKEN = "ops-token-for-bad-input-0001";
let t: TestApp;
let acme: TestAccount;
let operations: Operation[];
let before: Record<string, string>;
const tally: Record<string, number> = {};
const statuses: Record<string, number> = {};

beforeAll(async () => {
  t = await buildTestApp({ OPS_TOKEN, API_RATE_LIMIT_MAX: "1000000" });
  acme = await createAccount(t.app, "Acme");
  // Real objects, so that fuzzed requests that get past validation would find something to change.
  const tenant = await createActiveTenant(t.app, acme.accountId, randomUUID());
  const created = await t.app.inject({
    method: "POST",
    url: "/v1/webhook-endpoints",
    headers: acme.auth,
    payload: { url: "https://hooks.acme.example/in", events: ["*"] },
  });
  expect(created.statusCode).toBe(201);
  await withTransaction(t.app.db, (tx) =>
    emitTenantEvent(tx, tenant.id, "tenant.consented", { consentedAt: new Date().toISOString() }),
  );
  await t.app.db.export.create({
    data: {
      accountId: acme.accountId,
      tenantId: tenant.id,
      scope: "user",
      targetId: "u1",
      status: "failed",
      tasks: { create: { tenantId: tenant.id, kind: "user_chats", targetId: "u1", status: "failed" } },
    },
  });
  operations = (await documentedOperations(t.app)).filter((op) => op.url.startsWith("/v1/") || op.ops);
  before = await databaseFingerprint(t.env.databaseUrl);
});
afterAll(async () => t?.close());

/** Lone surrogates cannot travel in a URL (percent-encoding is UTF-8): they become U+FFFD on the way. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const enc = (v: string) => encodeURIComponent(v.replace(LONE_SURROGATE, "\uFFFD"));
const unstorable = (v: string) => v.includes("\u0000") || new RegExp(LONE_SURROGATE.source).test(v);

const credentialFor = (op: Operation) => (op.ops ? { "x-ops-token": OPS_TOKEN } : acme.auth);

/** A value that satisfies a path parameter's schema (a fresh uuid, 64 hex digits…). */
function validParam(p: Parameter): string {
  if (p.schema.format === "uuid") return randomUUID();
  if (p.schema.pattern === "^[0-9a-f]{64}$") return "a".repeat(64);
  return "x";
}

function urlOf(op: Operation, values: Record<string, string> = {}, query = ""): string {
  const path = op.url.replace(/:(\w+)/g, (_, name: string) => {
    const p = op.params.find((x) => x.name === name) as Parameter;
    return enc(values[name] ?? validParam(p));
  });
  return query ? `${path}?${query}` : path;
}

/** Sends the request and checks the answer: a 4xx problem+json with a sane request id, nothing internal. */
async function expectRefused(category: string, request: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await t.app.inject(request);
  tally[category] = (tally[category] ?? 0) + 1;
  statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
  const body = expectProblem(
    res,
    "4xx",
    `${category}: ${request.method} ${String(request.url).slice(0, 200)}`,
  );
  expect(String(body.requestId)).toMatch(/^[\w.-]{1,128}$/);
  return res;
}

const runs = (ci: number, long: number) => trials(ci, long);

describe("bad input on every route", () => {
  it("covers every documented route", () => {
    const documented = new Set(operations.map((op) => `${op.method} ${op.url}`));
    const registered = t.app.routeCatalog
      .filter((r) => r.url.startsWith("/v1/") || r.url.startsWith("/ops/v1/"))
      .map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((r) => !documented.has(r))).toEqual([]);
    expect(operations.length).toBeGreaterThan(40);
  });

  it("invalid path parameters: ids that are not ids", async () => {
    const withParams = operations.filter((op) => op.params.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withParams), fc.nat(), badString, async (op, which, value) => {
        const param = op.params[which % op.params.length] as Parameter;
        fc.pre(!stringSatisfies(value, param.schema));
        await expectRefused("path parameter", {
          method: op.method as "GET",
          url: urlOf(op, { [param.name]: value }),
          headers: credentialFor(op),
          ...(op.body ? { payload: {} } : {}),
        });
      }),
      { seed: seedFor("bad input: path parameters"), numRuns: runs(300, 5000) },
    );
  });

  it("invalid query parameters: wrong types, out of range, not in the enum, too long, repeated", async () => {
    const withQuery = operations.filter((op) => op.query.some((q) => constrains(q.schema)));
    const valueFor = (schema: JsonSchema) =>
      fc.oneof(
        badString,
        fc.integer().map(String),
        fc.double().map(String),
        fc.constantFrom("0", "-1", "501", "1.5", "1e3", "", "true", "2026-13-01", "2026-02-30T00:00:00Z"),
        fc.string({ minLength: (schema.maxLength ?? 256) + 1, maxLength: (schema.maxLength ?? 256) + 50 }),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withQuery).chain((op) => {
          const params = op.query.filter((q) => constrains(q.schema));
          return fc.record({
            op: fc.constant(op),
            param: fc.constantFrom(...params),
            values: fc.array(valueFor({}), { minLength: 1, maxLength: 3 }),
          });
        }),
        async ({ op, param, values }) => {
          // One value must break the schema (repeating a parameter breaks it too).
          fc.pre(values.length > 1 || !stringSatisfies(values[0] as string, param.schema));
          const query = values.map((v) => `${param.name}=${enc(v)}`).join("&");
          await expectRefused("query parameter", {
            method: op.method as "GET",
            url: urlOf(op, {}, query),
            headers: credentialFor(op),
          });
        },
      ),
      { seed: seedFor("bad input: query parameters"), numRuns: runs(300, 5000) },
    );
  });

  it("bodies: malformed JSON, wrong types, deep nesting, prototype pollution, wrong media types", async () => {
    const withBody = operations.filter((op) => op.body);
    const malformed = fc.oneof(
      fc.string({ maxLength: 60 }).filter((s) => {
        try {
          JSON.parse(s);
          return false;
        } catch {
          return s.trim().length > 0;
        }
      }),
      fc
        .json({ maxDepth: 3 })
        .map((s) => s.slice(0, Math.max(1, s.length - 1)))
        .filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
      fc.constantFrom(
        "{",
        '{"a":',
        "{'a':1}",
        '{"a":1,}',
        "[1,2",
        '{"a":NaN}',
        '{"a":undefined}',
        "\u0000",
        '{"a":"\u0000',
      ),
    );
    const wrongTopLevel = fc
      .oneof(
        fc.array(fc.jsonValue(), { maxLength: 3 }),
        fc.integer(),
        fc.string(),
        fc.boolean(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      )
      .map((v) => JSON.stringify(v));
    const deep = fc
      .integer({ min: 500, max: 50_000 })
      .map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`);
    const deepObject = fc
      .integer({ min: 500, max: 20_000 })
      .map((depth) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
    const pollution = fc.constantFrom(
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      '{"a":{"__proto__":{"polluted":1}}}',
    );
    const category = fc.constantFrom(
      "malformed",
      "top-level type",
      "property type",
      "deep",
      "pollution",
      "media type",
      "empty",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody),
        category,
        malformed,
        wrongTopLevel,
        deep,
        deepObject,
        fc.jsonValue({ maxDepth: 2 }),
        fc.nat(),
        pollution,
        fc.constantFrom(
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/xml",
          "multipart/form-data; boundary=x",
          "image/png",
          "application/jsonx",
        ),
        async (op, kind, bad, top, deepArray, deepObj, anyValue, which, polluted, mediaType) => {
          let payload: string;
          let contentType = "application/json";
          const schema = op.body?.schema as JsonSchema;
          const properties = Object.entries(schema.properties ?? schema.anyOf?.[0]?.properties ?? {});
          switch (kind) {
            case "malformed":
              payload = bad;
              break;
            case "top-level type":
              payload = top;
              break;
            case "property type": {
              const typed = properties.filter(([, s]) => acceptedTypes(s) !== null);
              fc.pre(typed.length > 0);
              const [name, propSchema] = typed[which % typed.length] as [string, JsonSchema];
              const accepted = acceptedTypes(propSchema) as Set<string>;
              const type = jsonTypeOf(anyValue);
              fc.pre(!accepted.has(type) && !(type === "integer" && accepted.has("number")));
              payload = JSON.stringify({ [name]: anyValue });
              break;
            }
            case "deep": {
              // Under a property that takes no arrays, or as the whole body.
              const scalar = properties.find(([, s]) => {
                const a = acceptedTypes(s);
                return a !== null && !a.has("array") && !a.has("object");
              });
              payload = which % 2 === 0 && scalar ? `{"${scalar[0]}":${deepArray}}` : deepArray;
              if (which % 3 === 0) payload = `[${deepObj}]`;
              break;
            }
            case "pollution":
              payload = polluted;
              break;
            case "media type":
              payload = JSON.stringify({ model: "B" });
              contentType = mediaType;
              break;
            default:
              payload = "";
          }
          await expectRefused(`body: ${kind}`, {
            method: op.method as "POST",
            url: urlOf(op),
            headers: { ...credentialFor(op), "content-type": contentType },
            payload,
          });
        },
      ),
      { seed: seedFor("bad input: bodies"), numRuns: runs(400, 6000) },
    );
  });

  it("huge bodies are refused with 413, unread", async () => {
    const withBody = operations.filter((op) => op.body);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody),
        fc.integer({ min: 1_048_577, max: 4_000_000 }),
        async (op, size) => {
          const res = await expectRefused("body: huge", {
            method: op.method as "POST",
            url: urlOf(op),
            headers: { ...credentialFor(op), "content-type": "application/json" },
            payload: `{"x":"${"a".repeat(size)}"}`,
          });
          expect(res.statusCode).toBe(413);
        },
      ),
      { seed: seedFor("bad input: huge bodies"), numRuns: runs(6, 40) },
    );
  });

  it("bad credentials and headers: garbage Authorization, ops token and Idempotency-Key", async () => {
    const latin1 = fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
      maxLength: 300,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations.filter((op) => op.scope !== null || op.ops)),
        fc.oneof(latin1, fc.constantFrom("Bearer", "Bearer ", "Basic YTpi", `Bearer ${"x".repeat(8000)}`)),
        async (op, authorization) => {
          fc.pre(authorization.trim() !== "" && !authorization.includes(OPS_TOKEN));
          const res = await expectRefused("credentials", {
            method: op.method as "GET",
            url: urlOf(op),
            headers: op.ops ? { "x-ops-token": authorization } : { authorization },
            ...(op.body ? { payload: {} } : {}),
          });
          expect(res.statusCode).toBe(401);
        },
      ),
      { seed: seedFor("bad input: credentials"), numRuns: runs(200, 3000) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(latin1, fc.string({ minLength: 256, maxLength: 400 })),
        latin1,
        async (key, requestId) => {
          fc.pre(!/^[\x21-\x7e]{1,255}$/.test(key) && key.length > 0);
          const res = await expectRefused("Idempotency-Key", {
            method: "POST",
            url: "/v1/tenants",
            headers: { ...acme.auth, "idempotency-key": key, "x-request-id": requestId },
            payload: { model: "B", displayName: "should not be stored" },
          });
          expect(res.json().code).toBe("idempotency_key_invalid");
        },
      ),
      { seed: seedFor("bad input: idempotency keys"), numRuns: runs(100, 2000) },
    );
  });

  it("consent callbacks with made-up states and parameters are refused, never redirected", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            state: badString,
            tenant: badString,
            admin_consent: fc.constantFrom("True", "False", "true", "", "1"),
            error: fc.oneof(badString, fc.constantFrom("access_denied", "consent_required")),
            error_description: badString,
            scope: badString,
          },
          { requiredKeys: [] },
        ),
        async (query) => {
          const qs = Object.entries(query)
            .map(([k, v]) => `${k}=${enc(v as string)}`)
            .join("&");
          const res = await expectRefused("consent callback", {
            method: "GET",
            url: `/v1/consent/callback${qs ? `?${qs}` : ""}`,
          });
          expect(res.headers.location).toBeUndefined();
        },
      ),
      { seed: seedFor("bad input: consent callback"), numRuns: runs(200, 3000) },
    );
  });

  it("stored nothing: every table is exactly as before", async () => {
    expect(await databaseFingerprint(t.env.databaseUrl)).toEqual(before);
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    await report(
      "bad input",
      "property-based requests over every documented route",
      total,
      `all 4xx problem+json, no internals, nothing stored; by category ${JSON.stringify(tally)}; by status ${JSON.stringify(statuses)}`,
    );
  });
});

describe("cursors", () => {
  it("a well-formed cursor with garbage keys is refused or answered empty, never a 5xx", async () => {
    const withCursor = operations.filter((op) => op.query.some((q) => q.name === "cursor"));
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withCursor),
        fc.array(
          fc.oneof(
            badString,
            fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
            fc.uuid(),
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        async (op, key) => {
          const cursor = Buffer.from(JSON.stringify(key)).toString("base64url");
          fc.pre(cursor.length <= 512);
          const res = await t.app.inject({
            method: op.method as "GET",
            url: urlOf(op, {}, `cursor=${cursor}`),
            headers: credentialFor(op),
          });
          sent++;
          expect(
            res.statusCode,
            `${op.method} ${op.url} ${JSON.stringify(key)}: ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (res.statusCode >= 400) expectProblem(res, "4xx");
        },
      ),
      { seed: seedFor("bad input: cursors"), numRuns: runs(300, 4000) },
    );
    await report("bad input", "well-formed cursors with garbage keys, every paginated route", sent, "no 5xx");
  });
});

describe("SQL- and HTML-like strings where free text is allowed", () => {
  it("are stored as data and come back byte for byte, as JSON", async () => {
    let stored = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(badString, async (text) => {
        const name = text.slice(0, 200);
        const res = await t.app.inject({
          method: "POST",
          url: "/v1/tenants",
          headers: acme.auth,
          payload: { model: "B", displayName: name },
        });
        if (unstorable(name)) {
          // NUL and unpaired surrogates cannot be stored as text: refused up front, never a 5xx.
          expect(expectProblem(res, 400).code).toBe("invalid_characters");
          refused++;
          return;
        }
        if (name.trim() === "") {
          expectProblem(res, 400);
          refused++;
          return;
        }
        expect(res.statusCode).toBe(201);
        const back = await t.app.inject({
          method: "GET",
          url: `/v1/tenants/${res.json().id}`,
          headers: acme.auth,
        });
        expect(back.headers["content-type"]).toMatch(/^application\/json/);
        expect(back.json().displayName).toBe(name.trim());
        stored++;
      }),
      { seed: seedFor("free text round trip"), numRuns: runs(60, 1000) },
    );
    await report(
      "bad input",
      "SQL/HTML-like free text in a free-text field",
      stored + refused,
      `${stored} stored and returned verbatim (JSON), ${refused} refused 400 (NUL, unpaired surrogate, blank)`,
    );
  });
});

describe("at the HTTP layer (a real socket on 127.0.0.1)", () => {
  let port: number;
  beforeAll(async () => {
    // The free-text round trip above stored tenants on purpose: compare from here.
    before = await databaseFingerprint(t.env.databaseUrl);
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    port = (t.app.server.address() as net.AddressInfo).port;
  });

  function raw(request: string | Buffer): Promise<{ status: number; headers: string; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      let data = "";
      socket.setTimeout(5000, () => socket.destroy(new Error("no answer")));
      socket.on("data", (d) => {
        data += d.toString("latin1");
      });
      socket.on("error", (e) => (data ? undefined : reject(e)));
      socket.on("close", () => {
        const [head = "", ...rest] = data.split("\r\n\r\n");
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
        resolve({ status, headers: head, body: rest.join("\r\n\r\n") });
      });
      socket.write(request);
    });
  }

  const auth = () => `Authorization: ${acme.auth.authorization}\r\n`;
  const cases: [string, () => string][] = [
    [
      "one 20 KiB header",
      () => `GET /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}X-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    ],
    [
      "400 headers",
      () =>
        `GET /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}${Array.from({ length: 400 }, (_, i) => `X-H${i}: ${"v".repeat(60)}\r\n`).join("")}\r\n`,
    ],
    [
      "a 20 KiB URL",
      () => `GET /v1/tenants?cursor=${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n${auth()}\r\n`,
    ],
    [
      "a control character in a header",
      () => `GET /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}X-Ctl: a\u0001b\r\n\r\n`,
    ],
    ["a malformed request line", () => "GARBAGE\r\n\r\n"],
    [
      "a bad Content-Length",
      () => `POST /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}Content-Length: abc\r\n\r\n`,
    ],
    [
      "two Content-Lengths",
      () =>
        `POST /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
    ],
    [
      "a bad chunk size",
      () =>
        `POST /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ],
    ["a header without a colon", () => `GET /v1/tenants HTTP/1.1\r\nHost: x\r\n${auth()}NoColonHere\r\n\r\n`],
    ["a NUL in the URL", () => `GET /v1/ten\u0000ants HTTP/1.1\r\nHost: x\r\n${auth()}\r\n`],
  ];

  it.each(cases)("%s: a 4xx problem+json", async (_name, build) => {
    const res = await raw(build());
    expect(res.status, res.headers).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.toLowerCase()).toContain("content-type: application/problem+json");
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({
      status: res.status,
      code: expect.any(String),
      type: expect.stringContaining("/problems/"),
    });
    tally["http layer"] = (tally["http layer"] ?? 0) + 1;
  });

  it("reports the HTTP layer", async () => {
    await report(
      "bad input",
      "malformed HTTP on a real socket (oversized headers, bad framing, control characters)",
      cases.length,
      "all 4xx problem+json",
    );
    expect(await databaseFingerprint(t.env.databaseUrl)).toEqual(before);
  });
});
