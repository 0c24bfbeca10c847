import { Webhook } from "standardwebhooks";

export type SignedHeaders = Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string>;

/**
 * Standard Webhooks headers for one attempt: the stable message id, the signing time, and one
 * `v1,<base64 HMAC-SHA256>` signature per secret (the current one first), separated by spaces.
 */
export function signWebhook(
  secrets: string[],
  input: { id: string; body: string; timestamp?: Date },
): SignedHeaders {
  if (secrets.length === 0) throw new Error("no signing secret");
  const at = input.timestamp ?? new Date();
  const signatures = secrets.map((secret) => new Webhook(secret).sign(input.id, at, input.body));
  return {
    "webhook-id": input.id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
