-- A dataset version can be retired (npm run db:retire): its rows go, its id, dates and the reason stay.
ALTER TABLE "DatasetVersion" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "DatasetVersion" ADD COLUMN "retiredReason" TEXT;
