-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ExportScope" AS ENUM ('user', 'team', 'tenant');

-- CreateEnum
CREATE TYPE "ExportStatus" AS ENUM ('queued', 'running', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('pending', 'running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "PaymentModel" AS ENUM ('A', 'B', 'evaluation');

-- CreateEnum
CREATE TYPE "TenantStatus" AS ENUM ('pending_consent', 'active', 'consent_failed', 'consent_revoked', 'offboarded');

-- CreateTable
CREATE TABLE "exports" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "scope" "ExportScope" NOT NULL,
    "target_id" TEXT,
    "options" JSONB NOT NULL DEFAULT '{}',
    "status" "ExportStatus" NOT NULL DEFAULT 'queued',
    "pages_fetched" INTEGER NOT NULL DEFAULT 0,
    "messages_seen" INTEGER NOT NULL DEFAULT 0,
    "messages_stored" INTEGER NOT NULL DEFAULT 0,
    "versions_new" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "exports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "export_tasks" (
    "id" UUID NOT NULL,
    "export_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'pending',
    "cursor" TEXT,
    "pages_fetched" INTEGER NOT NULL DEFAULT 0,
    "messages_seen" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "export_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_versions" (
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "last_modified_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "raw" JSONB NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_versions_pkey" PRIMARY KEY ("tenant_id","container_id","message_id","etag")
);

-- CreateTable
CREATE TABLE "messages" (
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "container_type" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "from_user_id" TEXT,
    "reply_to_id" TEXT,
    "message_type" TEXT,
    "created_at" TIMESTAMPTZ(3),
    "last_modified_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "raw" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("tenant_id","container_id","message_id")
);

-- CreateTable
CREATE TABLE "export_messages" (
    "export_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "etag" TEXT NOT NULL,

    CONSTRAINT "export_messages_pkey" PRIMARY KEY ("export_id","container_id","message_id","etag")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tenants" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "entra_tenant_id" TEXT,
    "display_name" TEXT,
    "model" "PaymentModel" NOT NULL,
    "status" "TenantStatus" NOT NULL DEFAULT 'pending_consent',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "exports_account_id_created_at_idx" ON "exports"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "exports_tenant_id_created_at_idx" ON "exports"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "export_tasks_status_idx" ON "export_tasks"("status");

-- CreateIndex
CREATE UNIQUE INDEX "export_tasks_export_id_kind_target_id_key" ON "export_tasks"("export_id", "kind", "target_id");

-- CreateIndex
CREATE INDEX "messages_tenant_id_last_modified_at_idx" ON "messages"("tenant_id", "last_modified_at");

-- CreateIndex
CREATE UNIQUE INDEX "tenants_entra_tenant_id_key" ON "tenants"("entra_tenant_id");

-- CreateIndex
CREATE INDEX "tenants_account_id_created_at_idx" ON "tenants"("account_id", "created_at");

-- AddForeignKey
ALTER TABLE "exports" ADD CONSTRAINT "exports_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exports" ADD CONSTRAINT "exports_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "export_tasks" ADD CONSTRAINT "export_tasks_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "exports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
