import type { AccountView, ApiKeyView, ApiScope, CreatedApiKey } from "@capstan/contracts";
import type { Account, ApiKey, Db } from "@capstan/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { generateApiKey, parseApiKey, secretMatches } from "../lib/api-keys";
import { afterCursor, newestFirst, toPage } from "../lib/pagination";
import { audit } from "./audit";

type Page = { cursor?: string | undefined; limit: number };

export function toAccountView(row: Account): AccountView {
  return {
    id: row.id,
    name: row.name,
    monthlyMessageBudget: row.monthlyMessageBudget,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toApiKeyView(row: ApiKey): ApiKeyView {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiScope[],
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

export type Authentication =
  | { ok: true; account: Account; apiKey: ApiKey }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" };

/** A secret's hash compared when no key matched, so unknown and known ids take the same time. */
const DUMMY_HASH = "0".repeat(64);

/** lastUsedAt is written at most this often per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Accounts and their API keys. Every key query names its account. */
export function accountsRepository(db: Db) {
  return {
    async createAccount(name: string, actor: string, requestId?: string): Promise<AccountView> {
      const account = await db.$transaction(async (tx) => {
        const created = await tx.account.create({ data: { name } });
        await audit(tx, {
          accountId: created.id,
          actor,
          action: "account.created",
          targetType: "account",
          targetId: created.id,
          data: { name },
          requestId,
        });
        return created;
      });
      return toAccountView(account);
    },

    async listAccounts({ cursor, limit }: Page) {
      const rows = await db.account.findMany({
        where: afterCursor(cursor),
        orderBy: newestFirst,
        take: limit + 1,
      });
      return toPage(rows, limit, toAccountView);
    },

    async getAccount(accountId: string): Promise<AccountView | null> {
      const row = await db.account.findUnique({ where: { id: accountId } });
      return row ? toAccountView(row) : null;
    },

    /** Makes a key; the returned `key` is the only time the secret exists outside the caller's hands. */
    async createKey(
      accountId: string,
      input: { name?: string | undefined; scopes: ApiScope[]; expiresAt?: string | undefined },
      actor: string,
      requestId?: string,
    ): Promise<CreatedApiKey> {
      const made = generateApiKey();
      const row = await db.$transaction(async (tx) => {
        const created = await tx.apiKey.create({
          data: {
            id: made.id,
            accountId,
            name: input.name ?? null,
            prefix: made.prefix,
            secretHash: made.secretHash,
            scopes: [...new Set(input.scopes)],
            createdBy: actor,
            expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
          },
        });
        await audit(tx, {
          accountId,
          actor,
          action: "api_key.created",
          targetType: "api_key",
          targetId: created.id,
          data: {
            prefix: created.prefix,
            scopes: created.scopes,
            name: created.name,
            expiresAt: created.expiresAt?.toISOString() ?? null,
          },
          requestId,
        });
        return created;
      });
      return { ...toApiKeyView(row), key: made.key };
    },

    async listKeys(accountId: string, { cursor, limit }: Page) {
      const rows = await db.apiKey.findMany({
        where: { accountId, ...afterCursor(cursor) },
        orderBy: newestFirst,
        take: limit + 1,
      });
      return toPage(rows, limit, toApiKeyView);
    },

    async getKey(accountId: string, keyId: string): Promise<ApiKeyView | null> {
      const row = await db.apiKey.findFirst({ where: { id: keyId, accountId } });
      return row ? toApiKeyView(row) : null;
    },

    /** Revokes a key of the account (idempotent); null when the account has no such key. */
    async revokeKey(
      accountId: string,
      keyId: string,
      actor: string,
      requestId?: string,
    ): Promise<ApiKeyView | null> {
      return db.$transaction(async (tx) => {
        const row = await tx.apiKey.findFirst({ where: { id: keyId, accountId } });
        if (!row) return null;
        if (row.revokedAt) return toApiKeyView(row);
        const revoked = await tx.apiKey.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
        await audit(tx, {
          accountId,
          actor,
          action: "api_key.revoked",
          targetType: "api_key",
          targetId: row.id,
          data: { prefix: row.prefix },
          requestId,
        });
        return toApiKeyView(revoked);
      });
    },

    /** Finds the key, checks its secret in constant time, and notes its use (at most once a minute). */
    async authenticate(presented: string): Promise<Authentication> {
      const parsed = parseApiKey(presented);
      if (!parsed) return { ok: false, reason: "malformed" };
      const row = await db.apiKey.findUnique({ where: { id: parsed.id }, include: { account: true } });
      const matches = secretMatches(parsed.secret, row?.secretHash ?? DUMMY_HASH);
      if (!row || !matches) return { ok: false, reason: "unknown" };
      if (row.revokedAt) return { ok: false, reason: "revoked" };
      const now = Date.now();
      if (row.expiresAt && row.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
      if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
        // Conditional, so concurrent requests of other processes do not write it again.
        await db.apiKey.updateMany({
          where: {
            id: row.id,
            OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_RESOLUTION_MS) } }],
          },
          data: { lastUsedAt: new Date(now) },
        });
      }
      const { account, ...apiKey } = row;
      return { ok: true, account, apiKey };
    },
  };
}

export type AccountsRepository = ReturnType<typeof accountsRepository>;

declare module "fastify" {
  interface FastifyInstance {
    accountsRepository: AccountsRepository;
  }
}

export default fp(
  async function accountsRepositoryPlugin(app: FastifyInstance) {
    app.decorate("accountsRepository", accountsRepository(app.db));
  },
  { name: "accounts-repository", dependencies: ["db"] },
);
