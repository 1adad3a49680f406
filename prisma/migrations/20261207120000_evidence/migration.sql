-- The evidence archive: what was seen of each source (EvidenceSource) and its passages, per dataset version.
-- A source cited by an agreement points at its evidence; its title and publisher may now be "not seen" (null).
-- CreateTable
CREATE TABLE "EvidenceSource" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "date" TEXT,
    "copied" TEXT,
    "note" TEXT,
    CONSTRAINT "EvidenceSource_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Passage" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "evidencePk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Passage_evidencePk_fkey" FOREIGN KEY ("evidencePk") REFERENCES "EvidenceSource" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementPk" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "date" TEXT,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "reliability" TEXT,
    "evidencePk" INTEGER,
    CONSTRAINT "Source_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Source_evidencePk_fkey" FOREIGN KEY ("evidencePk") REFERENCES "EvidenceSource" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("agreementPk", "date", "key", "kind", "pk", "publisher", "reliability", "title", "url") SELECT "agreementPk", "date", "key", "kind", "pk", "publisher", "reliability", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE INDEX "Source_evidencePk_idx" ON "Source"("evidencePk");
CREATE UNIQUE INDEX "Source_agreementPk_key_key" ON "Source"("agreementPk", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceSource_versionId_key_key" ON "EvidenceSource"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Passage_evidencePk_position_key" ON "Passage"("evidencePk", "position");

