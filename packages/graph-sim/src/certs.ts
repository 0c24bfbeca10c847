import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";

export interface TestCertificate {
  privateKeyPem: string;
  publicKeyPem: string;
  /** Hex SHA-1 over the public key DER; MSAL's `clientCertificate.thumbprint` (x5t). */
  thumbprintSha1: string;
  /** Hex SHA-256 over the public key DER; MSAL's `clientCertificate.thumbprintSha256` (x5t#S256). */
  thumbprintSha256: string;
}

/**
 * A fresh RSA key pair plus thumbprints, for registering an app certificate in the simulator and
 * configuring MSAL's clientCertificate. (Real thumbprints hash the X.509 DER; the simulator only needs
 * MSAL and the app record to agree.)
 */
export function generateTestCertificate(): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return fromPrivateKey(
    privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey.export({ type: "spki", format: "pem" }).toString(),
  );
}

function fromPrivateKey(privateKeyPem: string, publicKeyPem: string): TestCertificate {
  const der = createPublicKey(publicKeyPem).export({ type: "spki", format: "der" });
  return {
    privateKeyPem,
    publicKeyPem,
    thumbprintSha1: createHash("sha1").update(der).digest("hex").toUpperCase(),
    thumbprintSha256: createHash("sha256").update(der).digest("hex").toUpperCase(),
  };
}
