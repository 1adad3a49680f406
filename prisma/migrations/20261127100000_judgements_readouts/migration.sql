-- AlterTable
ALTER TABLE "ClauseText" ADD COLUMN "translatedBy" TEXT;

-- AlterTable
ALTER TABLE "ScopeReading" ADD COLUMN "confidence" TEXT;

-- CreateTable
CREATE TABLE "Judgement" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementPk" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "Judgement_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Readout" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementPk" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "partyCode" TEXT,
    "issuedBy" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Readout_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "legalCharacter" TEXT,
    "forum" TEXT,
    "status" TEXT,
    "statusNote" TEXT,
    "supersededBy" TEXT,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Agreement_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("date", "datePrecision", "form", "forum", "legalCharacter", "pk", "shortTitle", "slug", "sortOrder", "status", "statusNote", "summary", "supersededBy", "title", "versionId", "year") SELECT "date", "datePrecision", "form", "forum", "legalCharacter", "pk", "shortTitle", "slug", "sortOrder", "status", "statusNote", "summary", "supersededBy", "title", "versionId", "year" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_versionId_slug_key" ON "Agreement"("versionId", "slug");
CREATE TABLE "new_Citation" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourcePk" INTEGER NOT NULL,
    "pinpoint" TEXT,
    "position" INTEGER NOT NULL,
    "clauseTextPk" INTEGER,
    "readingPk" INTEGER,
    "eventPk" INTEGER,
    "correctionPk" INTEGER,
    "judgementPk" INTEGER,
    CONSTRAINT "Citation_sourcePk_fkey" FOREIGN KEY ("sourcePk") REFERENCES "Source" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_clauseTextPk_fkey" FOREIGN KEY ("clauseTextPk") REFERENCES "ClauseText" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_readingPk_fkey" FOREIGN KEY ("readingPk") REFERENCES "ScopeReading" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_eventPk_fkey" FOREIGN KEY ("eventPk") REFERENCES "Event" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_correctionPk_fkey" FOREIGN KEY ("correctionPk") REFERENCES "Correction" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_judgementPk_fkey" FOREIGN KEY ("judgementPk") REFERENCES "Judgement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("clauseTextPk", "correctionPk", "eventPk", "pinpoint", "pk", "position", "readingPk", "sourcePk") SELECT "clauseTextPk", "correctionPk", "eventPk", "pinpoint", "pk", "position", "readingPk", "sourcePk" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_clauseTextPk_idx" ON "Citation"("clauseTextPk");
CREATE INDEX "Citation_readingPk_idx" ON "Citation"("readingPk");
CREATE INDEX "Citation_eventPk_idx" ON "Citation"("eventPk");
CREATE INDEX "Citation_correctionPk_idx" ON "Citation"("correctionPk");
CREATE INDEX "Citation_judgementPk_idx" ON "Citation"("judgementPk");
CREATE TABLE "new_Clause" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementPk" INTEGER NOT NULL,
    "provisionPk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT,
    "readoutPk" INTEGER,
    CONSTRAINT "Clause_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Clause_provisionPk_fkey" FOREIGN KEY ("provisionPk") REFERENCES "Provision" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Clause_readoutPk_fkey" FOREIGN KEY ("readoutPk") REFERENCES "Readout" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Clause" ("agreementPk", "label", "note", "pk", "position", "provisionPk") SELECT "agreementPk", "label", "note", "pk", "position", "provisionPk" FROM "Clause";
DROP TABLE "Clause";
ALTER TABLE "new_Clause" RENAME TO "Clause";
CREATE INDEX "Clause_readoutPk_idx" ON "Clause"("readoutPk");
CREATE UNIQUE INDEX "Clause_agreementPk_position_key" ON "Clause"("agreementPk", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Judgement_agreementPk_field_key" ON "Judgement"("agreementPk", "field");

-- CreateIndex
CREATE UNIQUE INDEX "Readout_agreementPk_key_key" ON "Readout"("agreementPk", "key");

