-- AlterTable
ALTER TABLE "Agreement" ALTER COLUMN "legalCharacter" DROP NOT NULL,
ALTER COLUMN "status" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "judgementPk" INTEGER;

-- AlterTable
ALTER TABLE "Clause" ADD COLUMN     "readoutPk" INTEGER;

-- AlterTable
ALTER TABLE "ClauseText" ADD COLUMN     "translatedBy" TEXT;

-- AlterTable
ALTER TABLE "ScopeReading" ADD COLUMN     "confidence" TEXT;

-- CreateTable
CREATE TABLE "Judgement" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "Judgement_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Readout" (
    "pk" SERIAL NOT NULL,
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

    CONSTRAINT "Readout_pkey" PRIMARY KEY ("pk")
);

-- CreateIndex
CREATE UNIQUE INDEX "Judgement_agreementPk_field_key" ON "Judgement"("agreementPk", "field");

-- CreateIndex
CREATE UNIQUE INDEX "Readout_agreementPk_key_key" ON "Readout"("agreementPk", "key");

-- CreateIndex
CREATE INDEX "Citation_judgementPk_idx" ON "Citation"("judgementPk");

-- CreateIndex
CREATE INDEX "Clause_readoutPk_idx" ON "Clause"("readoutPk");

-- AddForeignKey
ALTER TABLE "Judgement" ADD CONSTRAINT "Judgement_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Readout" ADD CONSTRAINT "Readout_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_judgementPk_fkey" FOREIGN KEY ("judgementPk") REFERENCES "Judgement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_readoutPk_fkey" FOREIGN KEY ("readoutPk") REFERENCES "Readout"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

