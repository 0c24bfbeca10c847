import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, createAccount, type TestAccount, type TestApp } from "./helpers";

const METHODS = ["get", "put", "post", "delete", "patch"];
// biome-ignore lint/suspicious/noExplicitAny: the test walks the document as untyped JSON
type Json = any;
type Op = Record<string, Json>;

let t: TestApp;
let acme: TestAccount;
let doc: Record<string, Json>;

function operations(items: Record<string, Json>): [string, string, Op][] {
  return Object.entries(items).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => [path, m, item[m]] as [string, string, Op]),
  );
}

beforeAll(async () => {
  t = await buildTestApp({
    PUBLIC_BASE_URL: "https://api.capstan.example",
    API_RATE_LIMIT_MAX: "3",
    API_RATE_LIMIT_WINDOW_MS: "60000",
  });
  acme = await createAccount(t.app, "Acme");
  doc = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
});

afterAll(async () => {
  await t?.close();
});

describe("the OpenAPI document an integrator generates a client from", () => {
  it("names its server from PUBLIC_BASE_URL and carries a licence", () => {
    expect(doc.servers).toEqual([{ url: "https://api.capstan.example", description: expect.any(String) }]);
    expect(doc.info.license.name).toBeTruthy();
  });

  it("gives every operation, webhooks included, a unique camelCase operationId and a defined security", () => {
    const all = [...operations(doc.paths), ...operations(doc.webhooks)];
    expect(all.length).toBeGreaterThan(60);
    const ids = all.map(([, , op]) => op.operationId);
    for (const [path, method, op] of all) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Array.isArray(op.security), `${method} ${path}`).toBe(true);
      for (const requirement of op.security) {
        for (const scheme of Object.keys(requirement)) {
          expect(doc.components.securitySchemes[scheme], `${method} ${path}: ${scheme}`).toBeDefined();
        }
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths["/v1/tenants"].post.operationId).toBe("createTenant");
    expect(doc.webhooks["export.completed"].post.operationId).toBe("exportCompletedWebhook");
  });

  it("documents every error answer as problem+json, and 500 and 503 everywhere", () => {
    for (const [path, method, op] of operations(doc.paths)) {
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(["500", "503"]));
      for (const [status, response] of Object.entries<Json>(op.responses)) {
        if (Number(status) < 400) continue;
        const name = `${method} ${path} ${status}`;
        expect(Object.keys(response.content), name).toEqual(["application/problem+json"]);
        expect(response.content["application/problem+json"].schema.$ref, name).toBe(
          "#/components/schemas/Problem",
        );
        expect(response.content["application/problem+json"].example.status, name).toBe(Number(status));
        expect(response.content["application/problem+json"].example.code, name).toMatch(/^[a-z_]+$/);
        expect(response.description, name).not.toBe("Default Response");
      }
    }
  });

  it("gives state conflicts the example of the problem the operation answers", () => {
    const example = (path: string, method: string, status: string) =>
      doc.paths[path][method].responses[status].content["application/problem+json"].example.code;
    expect(example("/v1/exports/{exportId}/cancel", "post", "409")).toBe("export_finished");
    expect(example("/v1/tenants/{tenantId}/exports", "post", "409")).toBe("tenant_not_active");
    expect(example("/v1/tenants/{tenantId}/purge", "post", "422")).toBe("purge_not_confirmed");
  });

  it("shows an example on every JSON request body and on the main responses", () => {
    for (const [path, method, op] of operations(doc.paths)) {
      const body = op.requestBody?.content?.["application/json"];
      if (body) expect(body.example, `${method} ${path} body`).toBeDefined();
    }
    const main = [
      ["/v1/tenants", "post", "201"],
      ["/v1/tenants", "get", "200"],
      ["/v1/tenants/{tenantId}", "get", "200"],
      ["/v1/tenants/{tenantId}/exports", "post", "202"],
      ["/v1/exports/{exportId}", "get", "200"],
      ["/v1/tenants/{tenantId}/messages", "get", "200"],
      ["/v1/api-keys", "post", "201"],
      ["/v1/webhook-endpoints", "post", "201"],
    ];
    for (const [path, method, status] of main as [string, string, string][]) {
      const example = doc.paths[path][method].responses[status].content["application/json"].example;
      expect(example, `${method} ${path} ${status}`).toBeDefined();
    }
  });

  it("documents the rate-limit headers on /v1 answers and Retry-After on 429", () => {
    const op = doc.paths["/v1/tenants"].get;
    expect(Object.keys(op.responses["200"].headers)).toEqual(
      expect.arrayContaining(["RateLimit-Policy", "RateLimit", "x-request-id"]),
    );
    expect(Object.keys(op.responses["429"].headers)).toEqual(
      expect.arrayContaining(["RateLimit-Policy", "RateLimit", "Retry-After"]),
    );
    expect(doc.components.headers.RateLimit).toBeDefined();
  });

  it("keeps no component that nothing refers to", () => {
    const text = JSON.stringify({
      paths: doc.paths,
      webhooks: doc.webhooks,
      schemas: doc.components.schemas,
    });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(text.includes(`"#/components/schemas/${name}"`), name).toBe(true);
    }
  });
});

describe("IETF RateLimit headers", () => {
  it('answers RateLimit-Policy "api-key";q=;w= and RateLimit "api-key";r=;t= beside x-ratelimit-* and Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(await t.app.inject({ method: "GET", url: "/v1/tenants", headers: acme.auth }));
    }
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 429]);
    for (const a of answers) expect(a.headers["ratelimit-policy"]).toBe('"api-key";q=3;w=60');
    const parsed = answers.map((a) => {
      const m = /^"api-key";r=(\d+);t=(\d+)$/.exec(String(a.headers.ratelimit));
      expect(m, String(a.headers.ratelimit)).not.toBeNull();
      return { r: Number(m![1]), t: Number(m![2]) };
    });
    expect(parsed.map((p) => p.r)).toEqual([2, 1, 0, 0]);
    for (const p of parsed) expect(p.t).toBeGreaterThan(0);
    for (const p of parsed) expect(p.t).toBeLessThanOrEqual(60);
    const limited = answers[3]!;
    expect(limited.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(limited.json().code).toBe("rate_limited");
    expect(Number(limited.headers["retry-after"])).toBe(parsed[3]!.t);
    expect(limited.headers["x-ratelimit-remaining"]).toBe("0");
  });

  it("limits the consent callback per address under its own policy name", async () => {
    const res = await t.app.inject({ method: "GET", url: "/v1/consent/callback?state=nope" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["ratelimit-policy"]).toBe('"consent-callback";q=3;w=60');
    expect(res.headers.ratelimit).toMatch(/^"consent-callback";r=2;t=\d+$/);
  });

  it("sends no RateLimit headers where nothing is limited", async () => {
    const res = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(res.headers["ratelimit-policy"]).toBeUndefined();
    expect(res.headers.ratelimit).toBeUndefined();
  });
});
