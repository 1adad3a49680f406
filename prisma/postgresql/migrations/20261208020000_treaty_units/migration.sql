-- Treaties: a clause can be a unit (number, heading, divisions, anchor) with no provision; an agreement says whether
-- its text is whole or partial; confirmed alignments between the units of two documents; text reuse per version.
-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "extent" TEXT,
ADD COLUMN     "extentNote" TEXT;

-- AlterTable
ALTER TABLE "Clause" ADD COLUMN     "anchor" TEXT,
ADD COLUMN     "divisions" TEXT,
ADD COLUMN     "heading" TEXT,
ADD COLUMN     "number" TEXT,
ALTER COLUMN "provisionPk" DROP NOT NULL;

-- CreateTable
CREATE TABLE "UnitAlignment" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "otherSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "these" TEXT NOT NULL,
    "those" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "confirmedBy" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "UnitAlignment_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "ClauseReuse" (
    "pk" SERIAL NOT NULL,
    "clausePk" INTEGER NOT NULL,
    "toClausePk" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "share" DOUBLE PRECISION NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "ClauseReuse_pkey" PRIMARY KEY ("pk")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitAlignment_agreementPk_position_key" ON "UnitAlignment"("agreementPk", "position");

-- CreateIndex
CREATE INDEX "ClauseReuse_clausePk_idx" ON "ClauseReuse"("clausePk");

-- CreateIndex
CREATE INDEX "ClauseReuse_toClausePk_idx" ON "ClauseReuse"("toClausePk");

-- AddForeignKey
ALTER TABLE "UnitAlignment" ADD CONSTRAINT "UnitAlignment_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseReuse" ADD CONSTRAINT "ClauseReuse_clausePk_fkey" FOREIGN KEY ("clausePk") REFERENCES "Clause"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseReuse" ADD CONSTRAINT "ClauseReuse_toClausePk_fkey" FOREIGN KEY ("toClausePk") REFERENCES "Clause"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

