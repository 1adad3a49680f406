-- Coded values become enums (prisma/schema.prisma; the lists are lib/domain/codes.ts). Written by hand:
-- `prisma migrate diff` drops and re-adds each column, which would lose the rows already imported; this
-- converts them in place. Every stored value is one the importer validated, so each cast succeeds.
-- (SQLite keeps enums as TEXT: its migration is empty, and there is none.)

CREATE TYPE "Precision" AS ENUM ('year', 'month', 'day');
CREATE TYPE "Confidence" AS ENUM ('high', 'medium', 'low', 'unconfirmed');
CREATE TYPE "TextForm" AS ENUM ('verbatim', 'truncated', 'paraphrase');
CREATE TYPE "Basis" AS ENUM ('text', 'official', 'press', 'expert');
CREATE TYPE "Status" AS ENUM ('active', 'superseded', 'lapsed');
CREATE TYPE "EventKind" AS ENUM ('announced', 'agreed', 'published', 'meeting', 'reaffirmed', 'superseded', 'assessment', 'other');

ALTER TABLE "Agreement"
  ALTER COLUMN "status" TYPE "Status" USING "status"::"Status",
  ALTER COLUMN "datePrecision" TYPE "Precision" USING "datePrecision"::"Precision";

ALTER TABLE "Judgement" ALTER COLUMN "basis" TYPE "Basis" USING "basis"::"Basis";

ALTER TABLE "Readout" ALTER COLUMN "datePrecision" TYPE "Precision" USING "datePrecision"::"Precision";

ALTER TABLE "ClauseText"
  ALTER COLUMN "form" TYPE "TextForm" USING "form"::"TextForm",
  ALTER COLUMN "confidence" TYPE "Confidence" USING "confidence"::"Confidence";

ALTER TABLE "ScopeReading"
  ALTER COLUMN "basis" TYPE "Basis" USING "basis"::"Basis",
  ALTER COLUMN "confidence" TYPE "Confidence" USING "confidence"::"Confidence";

ALTER TABLE "Event"
  ALTER COLUMN "kind" TYPE "EventKind" USING "kind"::"EventKind",
  ALTER COLUMN "datePrecision" TYPE "Precision" USING "datePrecision"::"Precision",
  ALTER COLUMN "confidence" TYPE "Confidence" USING "confidence"::"Confidence";
