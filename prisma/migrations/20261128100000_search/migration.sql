-- Search: the vocabulary's synonyms, and a full-text index over every clause text in every language.
-- "searchText" holds a text's words separated by spaces (lib/search/tokens.ts segments Chinese and other
-- unspaced scripts), so FTS5's unicode61 tokenizer (with Porter stemming for English) indexes word by word.
-- The FTS5 table reads ClauseText ("external content") and is kept in step by the triggers below.

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN "synonyms" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ScopeCategory" ADD COLUMN "synonyms" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ClauseText" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- Full-text index
CREATE VIRTUAL TABLE "ClauseTextSearch" USING fts5("searchText", content='ClauseText', content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2');

-- Index the rows already there (with their empty "searchText", which the importer then fills through the
-- update trigger): an external-content index must hold exactly what the table holds, or the trigger's
-- 'delete' of a row it never indexed corrupts it.
INSERT INTO "ClauseTextSearch"("ClauseTextSearch") VALUES ('rebuild');

CREATE TRIGGER "ClauseText_search_insert" AFTER INSERT ON "ClauseText" BEGIN
  INSERT INTO "ClauseTextSearch"(rowid, "searchText") VALUES (new."pk", new."searchText");
END;

CREATE TRIGGER "ClauseText_search_delete" AFTER DELETE ON "ClauseText" BEGIN
  INSERT INTO "ClauseTextSearch"("ClauseTextSearch", rowid, "searchText") VALUES ('delete', old."pk", old."searchText");
END;

CREATE TRIGGER "ClauseText_search_update" AFTER UPDATE OF "searchText" ON "ClauseText" BEGIN
  INSERT INTO "ClauseTextSearch"("ClauseTextSearch", rowid, "searchText") VALUES ('delete', old."pk", old."searchText");
  INSERT INTO "ClauseTextSearch"(rowid, "searchText") VALUES (new."pk", new."searchText");
END;
