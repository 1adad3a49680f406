-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileCount" INTEGER NOT NULL,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Party" (
    "pk" SERIAL NOT NULL,
    "versionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Provision" (
    "pk" SERIAL NOT NULL,
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "ScopeCategory" (
    "pk" SERIAL NOT NULL,
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ScopeCategory_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "pk" SERIAL NOT NULL,
    "versionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "legalCharacter" TEXT NOT NULL,
    "forum" TEXT,
    "status" TEXT NOT NULL,
    "statusNote" TEXT,
    "supersededBy" TEXT,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementPk" INTEGER NOT NULL,
    "partyPk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementPk","partyPk")
);

-- CreateTable
CREATE TABLE "Source" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "date" TEXT,
    "url" TEXT,
    "kind" TEXT NOT NULL,
    "reliability" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Citation" (
    "pk" SERIAL NOT NULL,
    "sourcePk" INTEGER NOT NULL,
    "pinpoint" TEXT,
    "position" INTEGER NOT NULL,
    "clauseTextPk" INTEGER,
    "readingPk" INTEGER,
    "eventPk" INTEGER,
    "correctionPk" INTEGER,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Clause" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "provisionPk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "ClauseText" (
    "pk" SERIAL NOT NULL,
    "clausePk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "isTranslation" BOOLEAN NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "ClauseText_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "ScopeReading" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "categoryPk" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ScopeReading_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Event" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "assessor" TEXT,
    "finding" TEXT,
    "confidence" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("pk")
);

-- CreateTable
CREATE TABLE "Correction" (
    "pk" SERIAL NOT NULL,
    "agreementPk" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "correction" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("pk")
);

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_contentHash_key" ON "DatasetVersion"("contentHash");

-- CreateIndex
CREATE INDEX "DatasetVersion_activatedAt_idx" ON "DatasetVersion"("activatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Party_versionId_code_key" ON "Party"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_versionId_key_key" ON "Provision"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ScopeCategory_versionId_key_key" ON "ScopeCategory"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_versionId_slug_key" ON "Agreement"("versionId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_agreementPk_key_key" ON "Source"("agreementPk", "key");

-- CreateIndex
CREATE INDEX "Citation_clauseTextPk_idx" ON "Citation"("clauseTextPk");

-- CreateIndex
CREATE INDEX "Citation_readingPk_idx" ON "Citation"("readingPk");

-- CreateIndex
CREATE INDEX "Citation_eventPk_idx" ON "Citation"("eventPk");

-- CreateIndex
CREATE INDEX "Citation_correctionPk_idx" ON "Citation"("correctionPk");

-- CreateIndex
CREATE UNIQUE INDEX "Clause_agreementPk_position_key" ON "Clause"("agreementPk", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ClauseText_clausePk_position_key" ON "ClauseText"("clausePk", "position");

-- CreateIndex
CREATE INDEX "ScopeReading_agreementPk_idx" ON "ScopeReading"("agreementPk");

-- CreateIndex
CREATE INDEX "Event_agreementPk_idx" ON "Event"("agreementPk");

-- CreateIndex
CREATE INDEX "Correction_agreementPk_idx" ON "Correction"("agreementPk");

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeCategory" ADD CONSTRAINT "ScopeCategory_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_partyPk_fkey" FOREIGN KEY ("partyPk") REFERENCES "Party"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourcePk_fkey" FOREIGN KEY ("sourcePk") REFERENCES "Source"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_clauseTextPk_fkey" FOREIGN KEY ("clauseTextPk") REFERENCES "ClauseText"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_readingPk_fkey" FOREIGN KEY ("readingPk") REFERENCES "ScopeReading"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventPk_fkey" FOREIGN KEY ("eventPk") REFERENCES "Event"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_correctionPk_fkey" FOREIGN KEY ("correctionPk") REFERENCES "Correction"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_provisionPk_fkey" FOREIGN KEY ("provisionPk") REFERENCES "Provision"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseText" ADD CONSTRAINT "ClauseText_clausePk_fkey" FOREIGN KEY ("clausePk") REFERENCES "Clause"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeReading" ADD CONSTRAINT "ScopeReading_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeReading" ADD CONSTRAINT "ScopeReading_categoryPk_fkey" FOREIGN KEY ("categoryPk") REFERENCES "ScopeCategory"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_agreementPk_fkey" FOREIGN KEY ("agreementPk") REFERENCES "Agreement"("pk") ON DELETE CASCADE ON UPDATE CASCADE;

