-- CreateEnum
CREATE TYPE "ExportBundleStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "export_bundles" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "source" JSONB NOT NULL,
    "status" "ExportBundleStatus" NOT NULL DEFAULT 'queued',
    "selected_at" TIMESTAMPTZ(3),
    "messages_total" INTEGER NOT NULL DEFAULT 0,
    "messages_done" INTEGER NOT NULL DEFAULT 0,
    "parts" INTEGER NOT NULL DEFAULT 0,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "manifest_sha256" TEXT,
    "error" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "export_bundles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "export_bundle_items" (
    "bundle_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,

    CONSTRAINT "export_bundle_items_pkey" PRIMARY KEY ("bundle_id","seq")
);

-- CreateTable
CREATE TABLE "export_bundle_parts" (
    "bundle_id" UUID NOT NULL,
    "part" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "files" JSONB NOT NULL,

    CONSTRAINT "export_bundle_parts_pkey" PRIMARY KEY ("bundle_id","part")
);

-- CreateIndex
CREATE INDEX "export_bundles_account_id_created_at_idx" ON "export_bundles"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "export_bundles_status_updated_at_idx" ON "export_bundles"("status", "updated_at");
