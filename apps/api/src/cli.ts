/**
 * capstan — the operator's command line: accounts and their first API keys, straight against the database
 * (DATABASE_URL). The same repositories as the ops routes, so both audit alike.
 *
 *   capstan accounts create --name "Acme Compliance"
 *   capstan accounts list
 *   capstan keys create --account <id> --scopes read,write,admin [--name ci]
 *   capstan keys list --account <id>
 *   capstan keys revoke --key <id>
 *   capstan tenants list --account <id> [--status active]
 *
 * Add --json for machine-readable output.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "@capstan/config";
import { ApiScope, TenantStatus } from "@capstan/contracts";
import { createDb, type Db } from "@capstan/db";
import { z } from "zod";
import { accountsRepository } from "./repositories/accounts";
import { tenantsRepository } from "./repositories/tenants";

const ACTOR = "cli";
const USAGE = `usage:
  capstan accounts create --name <name>
  capstan accounts list [--limit <n>]
  capstan keys create --account <account id> --scopes read,write,admin [--name <label>]
  capstan keys list --account <account id>
  capstan keys revoke --key <key id>
  capstan tenants list --account <account id> [--status <status>]
options: --json (machine-readable output), --help`;

class UsageError extends Error {}

const out = (line: string) => process.stdout.write(`${line}\n`);

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

function uuid(value: string | undefined, flag: string): string {
  const v = need(value, flag);
  if (!z.uuid().safeParse(v).success) throw new UsageError(`${flag} must be a uuid`);
  return v;
}

async function run(db: Db, argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      account: { type: "string" },
      key: { type: "string" },
      scopes: { type: "string" },
      status: { type: "string" },
      limit: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const [noun, verb] = positionals;
  if (values.help || !noun) {
    out(USAGE);
    return;
  }
  const accounts = accountsRepository(db);
  const tenants = tenantsRepository(db);
  const limit = values.limit ? z.coerce.number().int().min(1).max(500).parse(values.limit) : 100;
  const print = (json: unknown, text: () => void) =>
    values.json ? out(JSON.stringify(json, null, 2)) : text();

  switch (`${noun} ${verb ?? ""}`.trim()) {
    case "accounts create": {
      const name = need(values.name, "--name").trim();
      if (!name || name.length > 200) throw new UsageError("--name must be 1 to 200 characters");
      const account = await accounts.createAccount(name, ACTOR);
      print(account, () => out(`account ${account.id} created: ${account.name}`));
      return;
    }
    case "accounts list": {
      const page = await accounts.listAccounts({ limit });
      print(page.data, () => {
        for (const a of page.data) out(`${a.id}  ${a.createdAt}  ${a.name}`);
        if (page.data.length === 0) out("no accounts");
      });
      return;
    }
    case "keys create": {
      const accountId = uuid(values.account, "--account");
      const scopes = z
        .array(ApiScope)
        .min(1)
        .safeParse(
          need(values.scopes, "--scopes")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        );
      if (!scopes.success) throw new UsageError("--scopes is a comma-separated list of read, write, admin");
      if (!(await accounts.getAccount(accountId))) throw new UsageError(`no account ${accountId}`);
      const key = await accounts.createKey(accountId, { name: values.name, scopes: scopes.data }, ACTOR);
      print(key, () => {
        out(`API key ${key.id} (${key.scopes.join(",")}) for account ${accountId}.`);
        out("Store it now; it is not shown again:");
        out(`  ${key.key}`);
      });
      return;
    }
    case "keys list": {
      const accountId = uuid(values.account, "--account");
      const page = await accounts.listKeys(accountId, { limit });
      print(page.data, () => {
        for (const k of page.data) {
          out(
            `${k.id}  ${k.prefix}…  ${k.scopes.join(",")}  ${k.revokedAt ? `revoked ${k.revokedAt}` : "active"}  last used ${k.lastUsedAt ?? "never"}`,
          );
        }
        if (page.data.length === 0) out("no keys");
      });
      return;
    }
    case "keys revoke": {
      const keyId = uuid(values.key ?? positionals[2], "--key");
      const row = await db.apiKey.findUnique({ where: { id: keyId }, select: { accountId: true } });
      if (!row || (values.account && values.account !== row.accountId))
        throw new UsageError(`no key ${keyId}`);
      const key = await accounts.revokeKey(row.accountId, keyId, ACTOR);
      print(key, () => out(`API key ${keyId} revoked at ${key?.revokedAt}`));
      return;
    }
    case "tenants list": {
      const accountId = uuid(values.account, "--account");
      const status = values.status ? TenantStatus.safeParse(values.status) : undefined;
      if (status && !status.success)
        throw new UsageError(`--status is one of ${TenantStatus.options.join(", ")}`);
      const page = await tenants.list(accountId, { limit, status: status?.data });
      print(page.data, () => {
        for (const t of page.data) {
          out(
            `${t.id}  ${t.status}  model ${t.model}  entra ${t.entraTenantId ?? "-"}  ${t.displayName ?? ""}`,
          );
        }
        if (page.data.length === 0) out("no tenants");
      });
      return;
    }
    default:
      throw new UsageError(`unknown command: ${positionals.join(" ")}`);
  }
}

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const db = createDb({ databaseUrl: config.DATABASE_URL, maxConnections: 2 });
  try {
    await run(db, process.argv.slice(2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`capstan: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`capstan: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
