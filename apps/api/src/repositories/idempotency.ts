import { type Db, Prisma } from "@capstan/db";
import type { SecretBox } from "@capstan/webhooks";

export type IdempotencyStart =
  | { kind: "started"; recordId: string }
  | { kind: "replay"; status: number; body: string; contentType: string | null }
  | { kind: "mismatch" }
  | { kind: "in_progress" };

/** A first request that never finished (its process died) stops blocking retries after this long. */
export const ABANDONED_AFTER_MS = 120_000;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Stored first answers to POSTs with an Idempotency-Key, per account and key. Answers can hold secrets shown
 * once (a new API key, a webhook signing secret), so they are sealed with AES-256-GCM at rest.
 */
export function idempotencyRepository(db: Db, box: SecretBox) {
  const binding = (recordId: string) => `idempotency-record:${recordId}`;
  return {
    async begin(
      accountId: string,
      key: string,
      fingerprint: string,
      ttlSeconds: number,
    ): Promise<IdempotencyStart> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const now = new Date();
        try {
          const created = await db.idempotencyRecord.create({
            data: { accountId, key, fingerprint, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) },
          });
          // Now and then, sweep expired records.
          if (Math.random() < 0.01) {
            await db.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } });
          }
          return { kind: "started", recordId: created.id };
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
        const existing = await db.idempotencyRecord.findUnique({
          where: { accountId_key: { accountId, key } },
        });
        if (!existing) continue;
        const abandoned =
          existing.responseStatus === null &&
          now.getTime() - existing.createdAt.getTime() > ABANDONED_AFTER_MS;
        if (existing.expiresAt <= now || abandoned) {
          await db.idempotencyRecord.deleteMany({
            where: { id: existing.id, OR: [{ expiresAt: { lte: now } }, { responseStatus: null }] },
          });
          continue;
        }
        if (existing.fingerprint !== fingerprint) return { kind: "mismatch" };
        if (existing.responseStatus === null) return { kind: "in_progress" };
        return {
          kind: "replay",
          status: existing.responseStatus,
          body: existing.responseBody ? box.decrypt(existing.responseBody, binding(existing.id)) : "",
          contentType: existing.responseType,
        };
      }
      return { kind: "in_progress" };
    },

    async complete(recordId: string, status: number, body: string, contentType: string | null) {
      await db.idempotencyRecord.update({
        where: { id: recordId },
        data: {
          responseStatus: status,
          responseBody: box.encrypt(body, binding(recordId)),
          responseType: contentType,
          completedAt: new Date(),
        },
      });
    },

    /** Forgets a record whose request failed on our side, so a retry runs again. */
    async abandon(recordId: string) {
      await db.idempotencyRecord.deleteMany({ where: { id: recordId } });
    },
  };
}
