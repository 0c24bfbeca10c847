-- Deletion sweeps of continuous exports: every sweep_interval_seconds, a run reads the last sweep_days of
-- each target again (not only from its watermark), to catch deletions that kept their lastModifiedDateTime.
ALTER TABLE "export_schedules" ADD COLUMN "sweep_days" INTEGER NOT NULL DEFAULT 21;
ALTER TABLE "export_schedules" ADD COLUMN "sweep_interval_seconds" INTEGER NOT NULL DEFAULT 86400;
ALTER TABLE "export_schedules" ADD COLUMN "last_sweep_at" TIMESTAMPTZ(3);
