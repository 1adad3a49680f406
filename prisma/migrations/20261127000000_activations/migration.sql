-- CreateTable
CREATE TABLE "DatasetActivation" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" TEXT NOT NULL,
    "previousId" TEXT,
    "activatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DatasetActivation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DatasetActivation_activatedAt_idx" ON "DatasetActivation"("activatedAt");

-- Backfill: the history before this migration is known only by each version's last activation; each
-- follows the version activated before it.
INSERT INTO "DatasetActivation" ("versionId", "previousId", "activatedAt")
SELECT v."id",
       (SELECT p."id" FROM "DatasetVersion" p WHERE p."activatedAt" < v."activatedAt" ORDER BY p."activatedAt" DESC LIMIT 1),
       v."activatedAt"
FROM "DatasetVersion" v
ORDER BY v."activatedAt";
