-- The vocabulary names the featured provision (featuredProvision in prisma/catalogue/vocabulary.yaml) and
-- how headlines call it. Versions imported before featured ip-theft as "IP-theft pledge" (it was written
-- into the code): they keep doing so, so that a link pinned to one of them shows the headline it had.
ALTER TABLE "Provision" ADD COLUMN "featuredAs" TEXT;
UPDATE "Provision" SET "featuredAs" = 'IP-theft pledge' WHERE "key" = 'ip-theft';
