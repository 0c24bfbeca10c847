-- CreateTable
CREATE TABLE "message_hosted_listings" (
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "task_id" UUID NOT NULL,
    "listed_at" TIMESTAMPTZ(3),
    "found" INTEGER,
    "error" TEXT,

    CONSTRAINT "message_hosted_listings_pkey" PRIMARY KEY ("tenant_id","container_id","message_id","etag")
);

-- CreateIndex
CREATE INDEX "message_hosted_listings_task_id_listed_at_idx" ON "message_hosted_listings"("task_id", "listed_at");
