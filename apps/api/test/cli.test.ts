import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./helpers";

// The operator CLI, run as a real child process against this file's database.

const run = promisify(execFile);
const API_DIR = path.resolve(import.meta.dirname, "..");
let t: TestApp;

async function capstan(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: t.env.databaseUrl, NODE_ENV: "test" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

it("creates an account and its first key that then works against the API", async () => {
  const [created, help, wrong] = await Promise.all([
    capstan("accounts", "create", "--name", "Acme CLI", "--json"),
    run(process.execPath, ["bin/capstan.mjs", "--help"], { cwd: API_DIR }),
    capstan("keys", "create", "--account", "not-a-uuid", "--scopes", "read"),
  ]);
  expect(help.stdout).toContain("capstan accounts create --name <name>");
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain("--account must be a uuid");

  expect(created.code, created.stderr).toBe(0);
  const account = JSON.parse(created.stdout);
  expect(account).toMatchObject({ name: "Acme CLI", id: expect.any(String) });

  const [key, badScope] = await Promise.all([
    capstan("keys", "create", "--account", account.id, "--scopes", "read,write", "--name", "first"),
    capstan("keys", "create", "--account", account.id, "--scopes", "read,root"),
  ]);
  expect(badScope.code).toBe(2);
  expect(key.code, key.stderr).toBe(0);
  expect(key.stdout).toContain("not shown again");
  const apiKey = /cap_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}/.exec(key.stdout)?.[0] as string;
  expect(apiKey).toBeDefined();

  const auth = { authorization: `Bearer ${apiKey}` };
  const me = await t.app.inject({ method: "GET", url: "/v1/account", headers: auth });
  expect(me.statusCode).toBe(200);
  expect(me.json()).toMatchObject({
    account: { id: account.id },
    apiKey: { scopes: ["read", "write"], name: "first" },
  });
  const tenant = await t.app.inject({
    method: "POST",
    url: "/v1/tenants",
    headers: auth,
    payload: { model: "B" },
  });
  expect(tenant.statusCode).toBe(201);

  const [accounts, tenants, keys] = await Promise.all([
    capstan("accounts", "list", "--json"),
    capstan("tenants", "list", "--account", account.id, "--json"),
    capstan("keys", "list", "--account", account.id),
  ]);
  expect(JSON.parse(accounts.stdout).map((a: { id: string }) => a.id)).toContain(account.id);
  expect(JSON.parse(tenants.stdout)).toEqual([
    expect.objectContaining({ id: tenant.json().id, status: "pending_consent", model: "B" }),
  ]);
  expect(keys.stdout).toContain("read,write");
  expect(keys.stdout).not.toContain(apiKey);

  const keyId = me.json().apiKey.id;
  const revoked = await capstan("keys", "revoke", "--key", keyId);
  expect(revoked.code, revoked.stderr).toBe(0);
  expect(revoked.stdout).toContain(`API key ${keyId} revoked`);
  expect((await t.app.inject({ method: "GET", url: "/v1/account", headers: auth })).json().code).toBe(
    "api_key_revoked",
  );
  const audit = await t.app.db.auditEvent.findMany({ where: { accountId: account.id, actor: "cli" } });
  expect(audit.map((a) => a.action).sort()).toEqual([
    "account.created",
    "api_key.created",
    "api_key.revoked",
  ]);
});
