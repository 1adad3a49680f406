-- The evidence archive: what was seen of each source (EvidenceSource) and its passages, per dataset version.
-- A source cited by an agreement points at its evidence; its title and publisher may now be "not seen" (null).

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "evidencePk" INTEGER,
ALTER COLUMN "title" DROP NOT NULL,
ALTER COLUMN "publisher" DROP NOT NULL;

-- CreateTable
CREATE TABLE "EvidenceSource" (
    "pk" SERIAL NOT NULL,
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "date" TEXT,
    "copied" TEXT,
    "note" TEXT,

    CONSTRAINT "EvidenceSource_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Passage" (
    "pk" SERIAL NOT NULL,
    "evidencePk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Passage_pkey" PRIMARY KEY ("pk")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceSource_versionId_key_key" ON "EvidenceSource"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Passage_evidencePk_position_key" ON "Passage"("evidencePk", "position");

-- CreateIndex
CREATE INDEX "Source_evidencePk_idx" ON "Source"("evidencePk");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_evidencePk_fkey" FOREIGN KEY ("evidencePk") REFERENCES "EvidenceSource"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceSource" ADD CONSTRAINT "EvidenceSource_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_evidencePk_fkey" FOREIGN KEY ("evidencePk") REFERENCES "EvidenceSource"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

