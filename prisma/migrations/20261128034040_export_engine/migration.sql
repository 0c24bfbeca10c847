-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('tenant_enumerate', 'user_chats', 'team_channels');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TaskStatus" ADD VALUE 'skipped';
ALTER TYPE "TaskStatus" ADD VALUE 'paused';
ALTER TYPE "TaskStatus" ADD VALUE 'dead';
ALTER TYPE "TaskStatus" ADD VALUE 'cancelled';

-- DropIndex
DROP INDEX "export_tasks_status_idx";

-- DropIndex
DROP INDEX "export_tasks_export_id_kind_target_id_key";

-- AlterTable
ALTER TABLE "exports" DROP COLUMN "messages_seen",
DROP COLUMN "messages_stored",
DROP COLUMN "pages_fetched",
DROP COLUMN "versions_new",
ADD COLUMN     "schedule_id" UUID;

-- AlterTable
ALTER TABLE "export_tasks" DROP COLUMN "attempts",
ADD COLUMN     "failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "finished_at" TIMESTAMPTZ(3),
ADD COLUMN     "hosted_contents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "messages_stored" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "phase" TEXT NOT NULL DEFAULT 'pages',
ADD COLUMN     "shard" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "versions_new" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "waited_ms" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "window_end" TIMESTAMPTZ(3),
ADD COLUMN     "window_start" TIMESTAMPTZ(3),
DROP COLUMN "kind",
ADD COLUMN     "kind" "TaskKind" NOT NULL;

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "channel_id" TEXT,
ADD COLUMN     "chat_id" TEXT,
ADD COLUMN     "team_id" TEXT;

-- CreateTable
CREATE TABLE "export_schedules" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "interval_seconds" INTEGER NOT NULL,
    "overlap_seconds" INTEGER NOT NULL DEFAULT 3600,
    "options" JSONB NOT NULL DEFAULT '{}',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "next_run_at" TIMESTAMPTZ(3) NOT NULL,
    "last_export_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "export_schedules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_watermarks" (
    "tenant_id" UUID NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "target_id" TEXT NOT NULL,
    "watermark" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "target_watermarks_pkey" PRIMARY KEY ("tenant_id","kind","target_id")
);

-- CreateTable
CREATE TABLE "hosted_contents" (
    "sha256" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hosted_contents_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "message_hosted_contents" (
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "hosted_content_id" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "task_id" UUID NOT NULL,
    "sha256" TEXT,
    "fetched_at" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "message_hosted_contents_pkey" PRIMARY KEY ("tenant_id","container_id","message_id","hosted_content_id")
);

-- CreateTable
CREATE TABLE "usage_ledger" (
    "tenant_id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "model" "PaymentModel" NOT NULL,
    "slot" SMALLINT NOT NULL DEFAULT 0,
    "requests" BIGINT NOT NULL DEFAULT 0,
    "messages" BIGINT NOT NULL DEFAULT 0,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "throttled" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "usage_ledger_pkey" PRIMARY KEY ("tenant_id","month","model","slot")
);

-- CreateIndex
CREATE UNIQUE INDEX "export_schedules_tenant_id_key" ON "export_schedules"("tenant_id");

-- CreateIndex
CREATE INDEX "export_schedules_enabled_next_run_at_idx" ON "export_schedules"("enabled", "next_run_at");

-- CreateIndex
CREATE INDEX "message_hosted_contents_task_id_sha256_idx" ON "message_hosted_contents"("task_id", "sha256");

-- CreateIndex
CREATE INDEX "exports_status_idx" ON "exports"("status");

-- CreateIndex
CREATE INDEX "export_tasks_status_updated_at_idx" ON "export_tasks"("status", "updated_at");

-- CreateIndex
CREATE INDEX "export_tasks_export_id_status_idx" ON "export_tasks"("export_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "export_tasks_export_id_kind_target_id_shard_key" ON "export_tasks"("export_id", "kind", "target_id", "shard");

-- CreateIndex
CREATE INDEX "messages_tenant_id_from_user_id_idx" ON "messages"("tenant_id", "from_user_id");

-- CreateIndex
CREATE INDEX "messages_tenant_id_chat_id_idx" ON "messages"("tenant_id", "chat_id");

-- CreateIndex
CREATE INDEX "messages_tenant_id_team_id_channel_id_idx" ON "messages"("tenant_id", "team_id", "channel_id");

-- AddForeignKey
ALTER TABLE "exports" ADD CONSTRAINT "exports_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "export_schedules"("id") ON DELETE SET NULL ON UPDATE CASCADE;
