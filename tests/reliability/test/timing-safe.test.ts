import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@capstan/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { report } from "../src/env";

// Secrets are compared in constant time. Two checks that can fail: the comparisons really go through
// crypto.timingSafeEqual on equal-length digests (spied here), and no code compares a secret-named value
// with === or !== (a scan of the sources).

const calls: { a: number; b: number }[] = [];
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  const timingSafeEqual = (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
    calls.push({ a: a.byteLength, b: b.byteLength });
    return real.timingSafeEqual(a, b);
  };
  return { ...real, default: { ...real, timingSafeEqual }, timingSafeEqual };
});

const { generateApiKey, safeEqual, secretMatches } = await import("../../../apps/api/src/lib/api-keys");
const { buildTestApp, createAccount } = await import("../../../apps/api/test/helpers");

beforeEach(() => {
  calls.length = 0;
});

describe("constant-time comparisons", () => {
  it("API key secrets and the ops token are compared with timingSafeEqual on equal-length digests", () => {
    const key = generateApiKey();
    const secret = key.key.split("_").slice(3).join("_");
    expect(secretMatches(secret, key.secretHash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}x`, key.secretHash)).toBe(false);
    expect(secretMatches("short", key.secretHash)).toBe(false);
    expect(safeEqual("ops-token-0123456789", "ops-token-0123456789")).toBe(true);
    expect(safeEqual("o", "ops-token-0123456789")).toBe(false);
    expect(calls).toHaveLength(5);
    for (const c of calls) expect(c).toEqual({ a: 32, b: 32 });
  });

  describe("through the API", () => {
    let t: Awaited<ReturnType<typeof buildTestApp>>;
    beforeAll(async () => {
      t = await buildTestApp({ OPS_TOKEN: "ops-token-for-timing-tests-01" });
    });
    afterAll(async () => t?.close());

    it("a key with an unknown id costs the same comparison as a known id with a wrong secret", async () => {
      const acme = await createAccount(t.app, "Acme");
      const secret = acme.apiKey.split("_").slice(3).join("_");
      const unknown = `cap_live_${"0".repeat(32)}_${secret}`;
      const wrong = `${acme.apiKey.slice(0, -1)}${acme.apiKey.endsWith("A") ? "B" : "A"}`;
      for (const key of [unknown, wrong, acme.apiKey]) {
        calls.length = 0;
        await t.app.inject({
          method: "GET",
          url: "/v1/account",
          headers: { authorization: `Bearer ${key}` },
        });
        expect(calls, key === acme.apiKey ? "valid" : key === wrong ? "wrong secret" : "unknown id").toEqual([
          { a: 32, b: 32 },
        ]);
      }
      // The ops token too, whatever its length.
      for (const token of ["x", "ops-token-for-timing-tests-01", "y".repeat(500)]) {
        calls.length = 0;
        await t.app.inject({ method: "GET", url: "/ops/v1/accounts", headers: { "x-ops-token": token } });
        expect(calls).toEqual([{ a: 32, b: 32 }]);
      }
      await report(
        "authorization",
        "constant-time comparison of keys and the ops token (spied)",
        6,
        "one timingSafeEqual on 32-byte digests each, known or unknown key id",
      );
    });
  });
});

describe("no secret is compared with === or !==", () => {
  // Capstan's own code; the Graph simulator plays Microsoft and is no security boundary of Capstan's.
  const roots = [
    "apps/api/src",
    "apps/worker/src",
    "packages/config/src",
    "packages/contracts/src",
    "packages/db/src",
    "packages/graph/src",
    "packages/rate-limit/src",
    "packages/webhooks/src",
  ];
  const SECRETISH = /(token|secret|signature|password|passwd|apikey|hmac|digest|statehash|secrethash)$/i;
  const LITERAL = /^(undefined|null|true|false|["'`].*|\d.*|typeof\b.*)$/;

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules") return [];
      return statSync(full).isDirectory() ? files(full) : name.endsWith(".ts") ? [full] : [];
    });
  }

  it("scans the sources", async () => {
    const offenders: string[] = [];
    let comparisons = 0;
    for (const root of roots) {
      for (const file of files(path.join(REPO_ROOT, root))) {
        const lines = readFileSync(file, "utf8").split("\n");
        lines.forEach((line, i) => {
          for (const m of line.matchAll(/([\w.$?!\][)(]+)\s*(===|!==|==|!=)\s*([\w.$?"'`\][)(]+)/g)) {
            comparisons++;
            const [, left = "", , right = ""] = m;
            const sides = [left, right].map((s) => s.replace(/[()!?]/g, ""));
            if (
              sides.some(
                (s) => LITERAL.test(s) || /\.(length|size|kind|reason|status|code|type|name)$/.test(s),
              )
            )
              continue;
            const last = (s: string) => s.split(".").pop() ?? s;
            if (sides.some((s) => SECRETISH.test(last(s))))
              offenders.push(`${path.relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`);
          }
        });
      }
    }
    expect(offenders).toEqual([]);
    expect(comparisons).toBeGreaterThan(100);
    await report(
      "authorization",
      "source scan: secret-named values compared with ===/!==",
      comparisons,
      "0 found in Capstan's code",
    );
  });
});
