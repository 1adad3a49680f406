-- Treaties: a clause can be a unit (number, heading, divisions, anchor) with no provision; an agreement says whether
-- its text is whole or partial; confirmed alignments between the units of two documents; text reuse per version.
-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "extent" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "extentNote" TEXT;

-- CreateTable
CREATE TABLE "UnitAlignment" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementPk" INTEGER NOT NULL,
    "otherSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "these" TEXT NOT NULL,
    "those" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "confirmedBy" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "UnitAlignment_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClauseReuse" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clausePk" INTEGER NOT NULL,
    "toClausePk" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "share" REAL NOT NULL,
    "rank" INTEGER NOT NULL,
    CONSTRAINT "ClauseReuse_clausePk_fkey" FOREIGN KEY ("clausePk") REFERENCES "Clause" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClauseReuse_toClausePk_fkey" FOREIGN KEY ("toClausePk") REFERENCES "Clause" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Clause" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementPk" INTEGER NOT NULL,
    "provisionPk" INTEGER,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT,
    "readoutPk" INTEGER,
    "number" TEXT,
    "heading" TEXT,
    "divisions" TEXT,
    "anchor" TEXT,
    CONSTRAINT "Clause_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Clause_provisionPk_fkey" FOREIGN KEY ("provisionPk") REFERENCES "Provision" ("pk") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Clause_readoutPk_fkey" FOREIGN KEY ("readoutPk") REFERENCES "Readout" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Clause" ("agreementPk", "label", "note", "pk", "position", "provisionPk", "readoutPk") SELECT "agreementPk", "label", "note", "pk", "position", "provisionPk", "readoutPk" FROM "Clause";
DROP TABLE "Clause";
ALTER TABLE "new_Clause" RENAME TO "Clause";
CREATE INDEX "Clause_readoutPk_idx" ON "Clause"("readoutPk");
CREATE UNIQUE INDEX "Clause_agreementPk_position_key" ON "Clause"("agreementPk", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "UnitAlignment_agreementPk_position_key" ON "UnitAlignment"("agreementPk", "position");

-- CreateIndex
CREATE INDEX "ClauseReuse_clausePk_idx" ON "ClauseReuse"("clausePk");

-- CreateIndex
CREATE INDEX "ClauseReuse_toClausePk_idx" ON "ClauseReuse"("toClausePk");

