-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "alsoConcerns" TEXT,
ADD COLUMN     "sharedFrom" TEXT;

