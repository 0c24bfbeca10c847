-- CreateTable
CREATE TABLE "policy_violations" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "policy_violation" JSONB NOT NULL,
    "violation_hash" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "applied_etag" TEXT,
    "applied_at" TIMESTAMPTZ(3),
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "policy_violations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "policy_violations_status_next_attempt_at_idx" ON "policy_violations"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "policy_violations_tenant_id_created_at_idx" ON "policy_violations"("tenant_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "policy_violations_tenant_id_container_id_message_id_violati_key" ON "policy_violations"("tenant_id", "container_id", "message_id", "violation_hash");
