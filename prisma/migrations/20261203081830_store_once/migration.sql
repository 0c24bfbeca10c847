-- AlterTable
ALTER TABLE "message_versions" ADD COLUMN     "raw_text" TEXT;

-- AlterTable
ALTER TABLE "messages" DROP COLUMN "raw";
