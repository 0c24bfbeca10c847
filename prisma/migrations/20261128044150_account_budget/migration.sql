-- AlterTable
ALTER TABLE "accounts" ADD COLUMN     "monthly_message_budget" INTEGER;
