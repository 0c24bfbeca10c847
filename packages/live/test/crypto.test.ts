import { createPrivateKey, X509Certificate } from "node:crypto";
import { encryptResourceData } from "@capstan/graph-sim";
import { generate } from "selfsigned";
import { describe, expect, it } from "vitest";
import {
  clientStateHash,
  clientStateMatches,
  decryptResourceData,
  NotificationRefused,
  newClientState,
} from "../src/crypto";

// The subscriber's half of Graph's resource-data scheme, against the simulator's encrypting half.
describe("resource data", () => {
  it("decrypts what was encrypted to our certificate, byte for byte, and refuses any tampering", async () => {
    const pems = await generate([{ name: "commonName", value: "t" }], { keySize: 2048, algorithm: "sha256" });
    const x509 = new X509Certificate(pems.cert);
    const key = createPrivateKey(pems.private);
    const json = JSON.stringify({ id: "1", body: { content: "é ✅ \u0000 <b>x</b>" } });
    const enc = encryptResourceData(json, { publicKey: x509.publicKey, id: "c1", thumbprint: "T" });
    expect(decryptResourceData(enc as never, key)).toBe(json);

    const flip = (b64: string) => {
      const b = Buffer.from(b64, "base64");
      b[b.length - 1] = (b[b.length - 1] as number) ^ 1;
      return b.toString("base64");
    };
    const reasons = [
      { ...enc, data: flip(enc.data as string) },
      { ...enc, dataSignature: flip(enc.dataSignature as string) },
      { ...enc, dataKey: flip(enc.dataKey as string) },
    ].map((e) => {
      try {
        decryptResourceData(e as never, key);
        return "accepted";
      } catch (error) {
        return (error as NotificationRefused).reason;
      }
    });
    expect(reasons).toEqual(["signature", "signature", "undecryptable"]);
    // Encrypted to another certificate: our key cannot open it.
    const other = await generate([{ name: "commonName", value: "o" }], { keySize: 2048 });
    const foreign = encryptResourceData(json, {
      publicKey: new X509Certificate(other.cert).publicKey,
      id: "c1",
      thumbprint: "T",
    });
    expect(() => decryptResourceData(foreign as never, key)).toThrow(NotificationRefused);
  });

  it("clientState: only its hash is kept, compared in constant time", () => {
    const state = newClientState();
    const hash = clientStateHash(state);
    expect(hash).not.toContain(state);
    expect(clientStateMatches(state, hash)).toBe(true);
    expect(clientStateMatches(`${state}x`, hash)).toBe(false);
    expect(clientStateMatches(null, hash)).toBe(false);
    expect(clientStateMatches(state, null)).toBe(false);
  });
});
