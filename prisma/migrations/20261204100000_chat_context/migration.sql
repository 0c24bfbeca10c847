-- Chat context: what a reviewer reads beside the messages (chat topic, type and members, team and channel
-- names, who each directory user was), as of capture time, with a history row whenever it changed.

-- CreateTable
CREATE TABLE "conversation_contexts" (
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "container_type" TEXT NOT NULL,
    "topic" TEXT,
    "chat_type" TEXT,
    "team_id" TEXT,
    "team_name" TEXT,
    "team_description" TEXT,
    "channel_name" TEXT,
    "membership_type" TEXT,
    "graph_updated_at" TIMESTAMPTZ(3),
    "members" JSONB,
    "raw" JSONB NOT NULL,
    "content_hash" BYTEA NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_contexts_pkey" PRIMARY KEY ("tenant_id","container_id")
);

-- CreateTable
CREATE TABLE "conversation_context_history" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "container_id" TEXT NOT NULL,
    "container_type" TEXT NOT NULL,
    "topic" TEXT,
    "chat_type" TEXT,
    "team_id" TEXT,
    "team_name" TEXT,
    "team_description" TEXT,
    "channel_name" TEXT,
    "membership_type" TEXT,
    "graph_updated_at" TIMESTAMPTZ(3),
    "members" JSONB,
    "raw" JSONB NOT NULL,
    "content_hash" BYTEA NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_context_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directory_users" (
    "tenant_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "user_principal_name" TEXT,
    "mail" TEXT,
    "user_type" TEXT,
    "deleted_at" TIMESTAMPTZ(3),
    "raw" JSONB NOT NULL,
    "content_hash" BYTEA NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "directory_users_pkey" PRIMARY KEY ("tenant_id","user_id")
);

-- CreateTable
CREATE TABLE "directory_user_history" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "user_principal_name" TEXT,
    "mail" TEXT,
    "user_type" TEXT,
    "deleted_at" TIMESTAMPTZ(3),
    "raw" JSONB NOT NULL,
    "content_hash" BYTEA NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "directory_user_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "context_captures" (
    "export_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "tenant_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" TIMESTAMPTZ(3),
    "requests" INTEGER NOT NULL DEFAULT 0,
    "fetched" JSONB,
    "outcome" TEXT,

    CONSTRAINT "context_captures_pkey" PRIMARY KEY ("export_id","kind","key")
);

-- CreateIndex
CREATE INDEX "conversation_context_history_lookup_idx" ON "conversation_context_history"("tenant_id", "container_id", "captured_at");

-- CreateIndex
CREATE INDEX "directory_user_history_lookup_idx" ON "directory_user_history"("tenant_id", "user_id", "captured_at");

-- CreateIndex
CREATE INDEX "context_captures_task_id_done_at_idx" ON "context_captures"("task_id", "done_at");

-- AddForeignKey
ALTER TABLE "context_captures" ADD CONSTRAINT "context_captures_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "exports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
