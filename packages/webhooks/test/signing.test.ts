import { loadConfig } from "@capstan/config";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import {
  endpointSecretBinding,
  generateSigningSecret,
  parseRetrySchedule,
  SecretBox,
  SecretKeyError,
  secretBoxFromConfig,
  signingSecrets,
  signWebhook,
  webhookSettingsFromConfig,
} from "../src/index";

describe("signing", () => {
  it("signs Standard Webhooks headers that the standardwebhooks library verifies", () => {
    const secret = generateSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const body = JSON.stringify({ id: "e1", type: "export.completed", data: { n: 1 } });
    const headers = signWebhook([secret], { id: "e1", body });
    expect(headers["webhook-id"]).toBe("e1");
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow(
      WebhookVerificationError,
    );
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow(WebhookVerificationError);
  });

  it("during rotation both secrets sign, space-separated, and either one verifies", () => {
    const current = generateSigningSecret();
    const previous = generateSigningSecret();
    const body = '{"a":1}';
    const headers = signWebhook([current, previous], { id: "msg_2", body });
    const parts = headers["webhook-signature"].split(" ");
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.startsWith("v1,"))).toBe(true);
    expect(new Webhook(current).verify(body, headers)).toEqual({ a: 1 });
    expect(new Webhook(previous).verify(body, headers)).toEqual({ a: 1 });
  });
});

describe("secrets at rest", () => {
  const box = new SecretBox(Buffer.alloc(32, 7));

  it("round-trips under AES-256-GCM, never storing the plaintext", () => {
    const secret = generateSigningSecret();
    const sealed = box.encrypt(secret, "webhook-endpoint:a");
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(sealed.startsWith(`v1.${box.keyId}.`)).toBe(true);
    expect(box.decrypt(sealed, "webhook-endpoint:a")).toBe(secret);
    // a fresh IV every time
    expect(box.encrypt(secret, "webhook-endpoint:a")).not.toBe(sealed);
  });

  it("does not decrypt on another row, under another key, or after tampering", () => {
    const sealed = box.encrypt("whsec_abc", "webhook-endpoint:a");
    expect(() => box.decrypt(sealed, "webhook-endpoint:b")).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 8)).decrypt(sealed, "webhook-endpoint:a")).toThrow(
      SecretKeyError,
    );
    const parts = sealed.split(".");
    const ct = Buffer.from(parts[4] as string, "base64url");
    ct[0] = (ct[0] as number) ^ 1;
    parts[4] = ct.toString("base64url");
    expect(() => box.decrypt(parts.join("."), "webhook-endpoint:a")).toThrow();
  });

  it("needs a key in production, and takes hex or base64", () => {
    expect(() => secretBoxFromConfig({ NODE_ENV: "production", WEBHOOK_SECRET_KEY: undefined })).toThrow(
      /required in production/,
    );
    const hex = "ab".repeat(32);
    const fromHex = secretBoxFromConfig({ NODE_ENV: "production", WEBHOOK_SECRET_KEY: hex });
    const fromB64 = secretBoxFromConfig({
      NODE_ENV: "production",
      WEBHOOK_SECRET_KEY: Buffer.from(hex, "hex").toString("base64"),
    });
    expect(fromHex.keyId).toBe(fromB64.keyId);
    expect(secretBoxFromConfig({ NODE_ENV: "development", WEBHOOK_SECRET_KEY: undefined }).keyId).toMatch(
      /^[0-9a-f]{8}$/,
    );
    expect(() => loadConfig({ WEBHOOK_SECRET_KEY: "short" })).toThrow(/32 bytes/);
  });

  it("signs with the previous secret only until it expires", () => {
    const id = "3d3b7a2e-0000-4000-8000-000000000001";
    const endpoint = {
      id,
      secretCiphertext: box.encrypt("whsec_Y3VycmVudA==", endpointSecretBinding(id)),
      previousSecretCiphertext: box.encrypt("whsec_cHJldmlvdXM=", endpointSecretBinding(id)),
      previousSecretExpiresAt: new Date("2030-01-02T00:00:00Z"),
    };
    expect(signingSecrets(endpoint, box, new Date("2030-01-01T00:00:00Z"))).toEqual([
      "whsec_Y3VycmVudA==",
      "whsec_cHJldmlvdXM=",
    ]);
    expect(signingSecrets(endpoint, box, new Date("2030-01-03T00:00:00Z"))).toEqual(["whsec_Y3VycmVudA=="]);
  });
});

describe("settings", () => {
  it("parses the retry schedule", () => {
    expect(parseRetrySchedule("0,5s,5m,30m,2h,5h,10h,10h")).toEqual([
      0, 5000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
    ]);
    expect(parseRetrySchedule("0, 100ms, 0.5s, 2")).toEqual([0, 100, 500, 2000]);
    expect(() => parseRetrySchedule("5s,10s")).toThrow(/start with 0/);
    expect(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE: "0,soon" })).toThrow(/WEBHOOK_RETRY_SCHEDULE/);
  });

  it("reads every webhook setting from configuration", () => {
    const s = webhookSettingsFromConfig(
      loadConfig({
        NODE_ENV: "development",
        WEBHOOK_RETRY_SCHEDULE: "0,100ms",
        WEBHOOK_DISABLE_AFTER_FAILURES: "3",
        WEBHOOK_DISABLE_AFTER_DAYS: "2",
        WEBHOOK_ALLOWED_TARGETS: "127.0.0.1/32, ::1 ,sim.internal",
      }),
    );
    expect(s.retrySchedule).toEqual([0, 100]);
    expect(s.disableAfterFailures).toBe(3);
    expect(s.disableAfterMs).toBe(2 * 86_400_000);
    expect(s.allowHttp).toBe(true);
    expect(s.timeoutMs).toBe(15_000);
    expect([...s.allowlist.hosts]).toEqual(["sim.internal"]);
    expect(s.allowlist.ranges).toHaveLength(2);
    expect(webhookSettingsFromConfig(loadConfig({ NODE_ENV: "test" })).allowHttp).toBe(false);
  });
});
