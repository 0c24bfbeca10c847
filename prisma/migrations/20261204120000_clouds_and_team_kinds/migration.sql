-- CreateEnum
CREATE TYPE "Cloud" AS ENUM ('global', 'usGovL4', 'usGovL5', 'china');

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN "cloud" "Cloud" NOT NULL DEFAULT 'global';

-- AlterEnum
ALTER TYPE "TaskKind" ADD VALUE 'deleted_team_channels';
ALTER TYPE "TaskKind" ADD VALUE 'user_retained';
ALTER TYPE "TaskKind" ADD VALUE 'team_retained';
