-- A version's own date (YYYY-MM-DD) from the catalogue files: the same on every instance. Null for older versions.
ALTER TABLE "DatasetVersion" ADD COLUMN "releasedOn" TEXT;
