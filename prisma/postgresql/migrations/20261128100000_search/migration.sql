-- Search: the vocabulary's synonyms, and a full-text index over every clause text in every language.
-- "searchText" holds a text's words separated by spaces (lib/search/tokens.ts segments Chinese and other
-- unspaced scripts). "searchVector" is its tsvector in the text's language's configuration (English,
-- French, Russian, German stemming; 'simple' otherwise), set by a trigger and indexed with GIN. It is not
-- in the Prisma schema: only the search query (lib/search/search.ts) reads it.

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN     "synonyms" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ScopeCategory" ADD COLUMN     "synonyms" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ClauseText" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Full-text index
ALTER TABLE "ClauseText" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION "pactdiff_search_config"(language TEXT) RETURNS regconfig AS $$
  SELECT CASE split_part(lower(language), '-', 1)
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    WHEN 'de' THEN 'german'::regconfig
    ELSE 'simple'::regconfig
  END
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION "pactdiff_clause_text_search"() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" := to_tsvector("pactdiff_search_config"(NEW."language"), NEW."searchText");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ClauseText_search" BEFORE INSERT OR UPDATE OF "searchText", "language" ON "ClauseText"
  FOR EACH ROW EXECUTE FUNCTION "pactdiff_clause_text_search"();

CREATE INDEX "ClauseText_searchVector_idx" ON "ClauseText" USING GIN ("searchVector");
