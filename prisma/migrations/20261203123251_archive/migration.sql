-- CreateEnum
CREATE TYPE "LegalHoldScope" AS ENUM ('tenant', 'user', 'chat', 'query');

-- CreateEnum
CREATE TYPE "RetentionBasis" AS ENUM ('created', 'deleted');

-- CreateEnum
CREATE TYPE "RetentionRunStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "archive_ledger" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "content_hash" BYTEA NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" BIGINT,
    "chain_hash" BYTEA,
    "chained_at" TIMESTAMPTZ(3),

    CONSTRAINT "archive_ledger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "archive_deletions" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "content_hash" BYTEA NOT NULL,
    "policy_id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "basis_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "archive_deletions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_holds" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "LegalHoldScope" NOT NULL,
    "criteria" JSONB NOT NULL DEFAULT '{}',
    "reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "released_at" TIMESTAMPTZ(3),
    "released_by" TEXT,

    CONSTRAINT "legal_holds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retention_policies" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "basis" "RetentionBasis" NOT NULL,
    "keep_days" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "next_run_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "retention_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retention_runs" (
    "id" UUID NOT NULL,
    "policy_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "status" "RetentionRunStatus" NOT NULL DEFAULT 'running',
    "cutoff" TIMESTAMPTZ(3) NOT NULL,
    "messages" INTEGER NOT NULL DEFAULT 0,
    "versions" INTEGER NOT NULL DEFAULT 0,
    "held" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "retention_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "archive_ledger_tenant_id_container_id_message_id_etag_idx" ON "archive_ledger"("tenant_id", "container_id", "message_id", "etag");

-- CreateIndex
CREATE UNIQUE INDEX "archive_ledger_tenant_id_position_key" ON "archive_ledger"("tenant_id", "position");

-- CreateIndex
CREATE INDEX "archive_deletions_tenant_id_container_id_message_id_etag_idx" ON "archive_deletions"("tenant_id", "container_id", "message_id", "etag");

-- CreateIndex
CREATE INDEX "archive_deletions_run_id_idx" ON "archive_deletions"("run_id");

-- CreateIndex
CREATE INDEX "legal_holds_tenant_id_released_at_idx" ON "legal_holds"("tenant_id", "released_at");

-- CreateIndex
CREATE INDEX "legal_holds_account_id_created_at_idx" ON "legal_holds"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "retention_policies_enabled_next_run_at_idx" ON "retention_policies"("enabled", "next_run_at");

-- CreateIndex
CREATE INDEX "retention_policies_tenant_id_created_at_idx" ON "retention_policies"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "retention_runs_policy_id_started_at_idx" ON "retention_runs"("policy_id", "started_at");

-- CreateIndex
CREATE INDEX "retention_runs_started_at_idx" ON "retention_runs"("started_at");

-- Versions not chained yet, per tenant in arrival order: what the chaining job reads.
CREATE INDEX "archive_ledger_pending_idx" ON "archive_ledger"("tenant_id", "id") WHERE "position" IS NULL;

-- The content hash of a stored version: SHA-256 over its key, its times (as epoch seconds, so no session
-- time zone changes the text) and the exact JSON readers return (raw_text when set, else the jsonb's text,
-- which PostgreSQL writes the same way for the same value). Any later change to a row changes its hash.
CREATE FUNCTION archive_version_hash(v message_versions) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT sha256(convert_to(jsonb_build_array(
    v.tenant_id::text, v.container_id, v.message_id, v.etag,
    extract(epoch FROM v.last_modified_at), extract(epoch FROM v.deleted_at), extract(epoch FROM v.first_seen_at),
    coalesce(v.raw_text, v.raw::text))::text, 'UTF8'))
$$;

-- Every version inserted gets its ledger entry in the same statement (one INSERT per statement, not per row),
-- so no version is stored without evidence and the page statement itself stays as it is.
-- (The body spells its semicolons as \073: the migration runner splits scripts at every semicolon.)
CREATE FUNCTION archive_ledger_record() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO archive_ledger (tenant_id, container_id, message_id, etag, content_hash)
  SELECT n.tenant_id, n.container_id, n.message_id, n.etag, archive_version_hash(n)
  FROM inserted_versions n
  ORDER BY n.tenant_id, n.container_id, n.message_id, n.etag\073
  RETURN NULL\073
END';

CREATE TRIGGER message_versions_ledger
AFTER INSERT ON message_versions
REFERENCING NEW TABLE AS inserted_versions
FOR EACH STATEMENT EXECUTE FUNCTION archive_ledger_record();

-- Versions stored before the ledger existed get their entries now, oldest first.
INSERT INTO archive_ledger (tenant_id, container_id, message_id, etag, content_hash, recorded_at)
SELECT v.tenant_id, v.container_id, v.message_id, v.etag, archive_version_hash(v), v.first_seen_at
FROM message_versions v
ORDER BY v.first_seen_at, v.tenant_id, v.container_id, v.message_id, v.etag;
