-- CreateTable
CREATE TABLE "ops_metric_minutes" (
    "minute" TIMESTAMPTZ(0) NOT NULL,
    "metric" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ops_metric_minutes_pkey" PRIMARY KEY ("minute","metric")
);

-- CreateIndex
CREATE INDEX "exports_status_created_at_idx" ON "exports"("status", "created_at");

-- CreateIndex
CREATE INDEX "usage_ledger_month_idx" ON "usage_ledger"("month");

-- CreateIndex
CREATE INDEX "webhook_attempts_attempted_at_idx" ON "webhook_attempts"("attempted_at");
