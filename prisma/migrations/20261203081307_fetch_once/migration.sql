-- AlterEnum
ALTER TYPE "TaskKind" ADD VALUE 'sender_sweep';

-- AlterTable
ALTER TABLE "export_tasks" ADD COLUMN     "senders" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "unlisted_senders" (
    "tenant_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unlisted_senders_pkey" PRIMARY KEY ("tenant_id","user_id")
);
