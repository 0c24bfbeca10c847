import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  archiveSigner,
  archiveSignerFromConfig,
  chainHash,
  GENESIS,
  SigningKeyError,
  verifyAttestation,
} from "../src/index";

describe("archive signing key", () => {
  it("is required in production, fixed outside it, and taken from hex or base64", () => {
    expect(() => archiveSignerFromConfig({ NODE_ENV: "production" })).toThrow(SigningKeyError);
    expect(archiveSignerFromConfig({ NODE_ENV: "development" }).kid).toBe(
      archiveSignerFromConfig({ NODE_ENV: "test" }).kid,
    );
    const seed = randomBytes(32);
    const hex = archiveSignerFromConfig({
      NODE_ENV: "production",
      ARCHIVE_SIGNING_KEY: seed.toString("hex"),
    });
    const b64 = archiveSignerFromConfig({
      NODE_ENV: "production",
      ARCHIVE_SIGNING_KEY: seed.toString("base64"),
    });
    expect(hex.kid).toBe(b64.kid);
    expect(hex.publicJwk).toMatchObject({
      kty: "OKP",
      crv: "Ed25519",
      alg: "EdDSA",
      use: "sig",
      kid: hex.kid,
    });
    expect(hex.publicJwk).not.toHaveProperty("d");
    expect(() => archiveSignerFromConfig({ NODE_ENV: "production", ARCHIVE_SIGNING_KEY: "abcd" })).toThrow(
      SigningKeyError,
    );
  });

  it("signs what verifies with its public key only", async () => {
    const a = archiveSigner(randomBytes(32));
    const b = archiveSigner(randomBytes(32));
    const jws = await a.sign({ hello: "world" });
    expect(await verifyAttestation(jws, a.publicJwk)).toEqual({ hello: "world" });
    await expect(verifyAttestation(jws, b.publicJwk)).rejects.toThrow();
  });

  it("chains: each link depends on the previous one, the position and the content hash", () => {
    const content = Buffer.alloc(32, 7);
    const one = chainHash(GENESIS, 1n, content);
    expect(one).toHaveLength(32);
    expect(chainHash(GENESIS, 2n, content).equals(one)).toBe(false);
    expect(chainHash(one, 1n, content).equals(one)).toBe(false);
    expect(chainHash(GENESIS, 1n, Buffer.alloc(32, 8)).equals(one)).toBe(false);
    expect(chainHash(GENESIS, 1n, content).equals(one)).toBe(true);
  });
});
