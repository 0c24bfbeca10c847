-- AlterTable
ALTER TABLE "export_tasks" ADD COLUMN     "admitted_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "export_tasks_tenant_id_status_idx" ON "export_tasks"("tenant_id", "status");


-- Before admission existed every open task was enqueued at once: they count as admitted.
UPDATE "export_tasks" SET "admitted_at" = now() WHERE "status" IN ('pending', 'running');
