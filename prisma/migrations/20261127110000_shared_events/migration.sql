-- AlterTable
ALTER TABLE "Event" ADD COLUMN "alsoConcerns" TEXT;
ALTER TABLE "Event" ADD COLUMN "sharedFrom" TEXT;

