-- AlterEnum
ALTER TYPE "TenantStatus" ADD VALUE 'consent_incomplete';

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "missing_roles" TEXT[] DEFAULT ARRAY[]::TEXT[];
