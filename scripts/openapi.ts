/**
 * The API contract as files: builds the API in-process (no server listens, no request is made), takes its
 * OpenAPI document and writes it with the typed client generated from it.
 *
 *   tsx scripts/openapi.ts write   regenerate packages/client/openapi.json and src/generated/api.ts
 *   tsx scripts/openapi.ts check   fail (exit 1) when the committed files differ from what the API builds
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "@capstan/config";
import openapiTS, { astToString } from "openapi-typescript";
import { buildApp } from "../apps/api/src/app";

const root = path.resolve(import.meta.dirname, "..");
const documentFile = path.join(root, "packages/client/openapi.json");
const typesFile = path.join(root, "packages/client/src/generated/api.ts");

/** The document as any deployment with default settings serves it (the ambient environment is ignored). */
async function buildDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    REDIS_PREFIX: "capstan-openapi",
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  });
  const app = await buildApp({ config, logger: false });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

async function generate(): Promise<{ document: string; types: string }> {
  const doc = await buildDocument();
  const ast = await openapiTS(doc as never, { alphabetize: true });
  const types =
    "// Generated from packages/client/openapi.json by scripts/openapi.ts (openapi-typescript). Do not edit.\n\n" +
    astToString(ast);
  return { document: `${JSON.stringify(doc, null, 2)}\n`, types };
}

function current(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

async function main() {
  const command = process.argv[2];
  const fresh = await generate();
  if (command === "write") {
    writeFileSync(documentFile, fresh.document);
    writeFileSync(typesFile, fresh.types);
    process.stdout.write(
      `wrote ${path.relative(root, documentFile)} and ${path.relative(root, typesFile)}\n`,
    );
    return;
  }
  if (command === "check") {
    const stale = [
      [documentFile, fresh.document],
      [typesFile, fresh.types],
    ].filter(([file, text]) => current(file as string) !== text);
    if (stale.length > 0) {
      for (const [file] of stale) {
        process.stderr.write(`stale: ${path.relative(root, file as string)} is not what the API builds\n`);
      }
      process.stderr.write("run: pnpm exec tsx scripts/openapi.ts write (then commit the result)\n");
      process.exit(1);
    }
    process.stdout.write("OpenAPI document and generated client are up to date\n");
    return;
  }
  process.stderr.write("usage: tsx scripts/openapi.ts write|check\n");
  process.exit(2);
}

main().catch((error) => {
  process.stderr.write(`openapi: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
