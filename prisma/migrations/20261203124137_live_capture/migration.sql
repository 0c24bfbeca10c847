-- CreateTable
CREATE TABLE "live_captures" (
    "tenant_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "target_id" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "result_set_id" UUID NOT NULL,
    "healed_through" TIMESTAMPTZ(3) NOT NULL,
    "catch_up_requested_at" TIMESTAMPTZ(3),
    "last_catch_up_export_id" UUID,
    "last_catch_up_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "live_captures_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "live_subscriptions" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "resource" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "graph_subscription_id" TEXT,
    "certificate_id" UUID,
    "client_state_hash" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "lease_until" TIMESTAMPTZ(3),
    "notifications" BIGINT NOT NULL DEFAULT 0,
    "last_notification_at" TIMESTAMPTZ(3),
    "last_lifecycle_event" TEXT,
    "last_lifecycle_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "live_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_certificates" (
    "id" UUID NOT NULL,
    "certificate" TEXT NOT NULL,
    "private_key" TEXT NOT NULL,
    "not_after" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_inbox" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "change_type" TEXT,
    "resource" TEXT,
    "lifecycle_event" TEXT,
    "message" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_inbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "live_subscriptions_graph_subscription_id_key" ON "live_subscriptions"("graph_subscription_id");

-- CreateIndex
CREATE INDEX "live_subscriptions_status_expires_at_idx" ON "live_subscriptions"("status", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "live_subscriptions_tenant_id_resource_key" ON "live_subscriptions"("tenant_id", "resource");

-- CreateIndex
CREATE INDEX "live_inbox_tenant_id_id_idx" ON "live_inbox"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "live_subscriptions" ADD CONSTRAINT "live_subscriptions_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "live_captures"("tenant_id") ON DELETE CASCADE ON UPDATE CASCADE;
