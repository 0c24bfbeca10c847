-- A version is its etag AND its content: Graph can change a message without changing its etag (a reaction,
-- a deletion that empties the body), so each stored version also carries json_hash, the first 16 bytes of
-- SHA-256 over the JSON text Graph returned (computed by the worker), and is keyed by both.

-- Versions stored before this column: the hash of their stored text. A worker hashes JSON.stringify of what
-- Graph sent, which may differ from jsonb's text, so the page statement also treats an equal jsonb
-- under the same etag as the same version, so a re-fetch of an old version is not stored twice.
ALTER TABLE "message_versions" ADD COLUMN "json_hash" BYTEA;
UPDATE "message_versions" SET "json_hash" = substring(sha256(convert_to(coalesce("raw_text", "raw"::text), 'UTF8')) FROM 1 FOR 16);
ALTER TABLE "message_versions" ALTER COLUMN "json_hash" SET NOT NULL;
ALTER TABLE "message_versions" DROP CONSTRAINT "message_versions_pkey";
ALTER TABLE "message_versions" ADD CONSTRAINT "message_versions_pkey" PRIMARY KEY ("tenant_id", "container_id", "message_id", "etag", "json_hash");

-- The current view and export result sets name the exact version.
ALTER TABLE "messages" ADD COLUMN "json_hash" BYTEA;
UPDATE "messages" m SET "json_hash" = v."json_hash" FROM "message_versions" v
WHERE v."tenant_id" = m."tenant_id" AND v."container_id" = m."container_id" AND v."message_id" = m."message_id"
  AND v."etag" = m."etag";
ALTER TABLE "messages" ALTER COLUMN "json_hash" SET DEFAULT '\x'::bytea;
UPDATE "messages" SET "json_hash" = '\x'::bytea WHERE "json_hash" IS NULL;
ALTER TABLE "messages" ALTER COLUMN "json_hash" SET NOT NULL;

ALTER TABLE "export_messages" ADD COLUMN "json_hash" BYTEA;
UPDATE "export_messages" em SET "json_hash" = v."json_hash" FROM "exports" e, "message_versions" v
WHERE e."id" = em."export_id" AND v."tenant_id" = e."tenant_id" AND v."container_id" = em."container_id"
  AND v."message_id" = em."message_id" AND v."etag" = em."etag";
ALTER TABLE "export_messages" ALTER COLUMN "json_hash" SET DEFAULT '\x'::bytea;
UPDATE "export_messages" SET "json_hash" = '\x'::bytea WHERE "json_hash" IS NULL;
ALTER TABLE "export_messages" ALTER COLUMN "json_hash" SET NOT NULL;
ALTER TABLE "export_messages" DROP CONSTRAINT "export_messages_pkey";
ALTER TABLE "export_messages" ADD CONSTRAINT "export_messages_pkey" PRIMARY KEY ("export_id", "container_id", "message_id", "etag", "json_hash");

-- Ledger entries name their version by etag and json_hash (null: an entry whose version retention deleted
-- before this column existed: its deletion record still matches it by content hash).
ALTER TABLE "archive_ledger" ADD COLUMN "json_hash" BYTEA;
UPDATE "archive_ledger" l SET "json_hash" = v."json_hash" FROM "message_versions" v
WHERE v."tenant_id" = l."tenant_id" AND v."container_id" = l."container_id" AND v."message_id" = l."message_id"
  AND v."etag" = l."etag";

CREATE OR REPLACE FUNCTION archive_ledger_record() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO archive_ledger (tenant_id, container_id, message_id, etag, json_hash, content_hash)
  SELECT n.tenant_id, n.container_id, n.message_id, n.etag, n.json_hash, archive_version_hash(n)
  FROM inserted_versions n
  ORDER BY n.tenant_id, n.container_id, n.message_id, n.etag, n.json_hash\073
  RETURN NULL\073
END';
