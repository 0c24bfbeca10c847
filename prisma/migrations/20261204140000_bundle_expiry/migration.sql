-- Export bundles expire: a completed bundle keeps its bytes until expires_at (set when it completes), then the
-- archive pass removes them, and an account may remove a bundle earlier. The row stays, as the record of what was
-- produced, with when and by whom its bytes were removed.
ALTER TYPE "ExportBundleStatus" ADD VALUE 'expired';

ALTER TABLE "export_bundles" ADD COLUMN "expires_at" TIMESTAMPTZ(3),
  ADD COLUMN "removed_at" TIMESTAMPTZ(3),
  ADD COLUMN "removed_by" TEXT;

-- What the archive pass looks for: completed bundles past their expiry.
CREATE INDEX "export_bundles_due_idx" ON "export_bundles" ("expires_at") WHERE "status" = 'completed';

-- A tenant's bundles, newest first.
CREATE INDEX "export_bundles_tenant_id_created_at_idx" ON "export_bundles" ("tenant_id", "created_at");
