// The search migration on a database that already holds clause texts (an upgrade, not a fresh install):
// the FTS5 index must take in the existing rows, so that filling their words afterwards (the importer's
// backfill, through the update trigger) leaves a sound index that finds them. SQLite only: PostgreSQL's
// column is set by a BEFORE trigger and has nothing to fall out of step with.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchTextOf } from "./query";

// The SQLite driver the Prisma adapter uses (a dependency of the adapter, not of the project).
type Statement = { run: (...args: unknown[]) => unknown; all: (...args: unknown[]) => unknown[] };
type SqliteDb = { pragma: (s: string) => unknown; exec: (sql: string) => unknown; prepare: (sql: string) => Statement; close: () => void };
const require = createRequire(import.meta.url);
const Database = createRequire(require.resolve("@prisma/adapter-better-sqlite3"))("better-sqlite3") as new (file: string) => SqliteDb;

const DIR = path.join("prisma", "migrations");
const migrations = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("the search migration on an existing database", () => {
  it("indexes the rows already there, and the backfill leaves a sound index that finds them", () => {
    const db = new Database(":memory:");
    db.pragma("foreign_keys = OFF");
    const search = migrations.indexOf("20261128100000_search");
    expect(search).toBeGreaterThan(0);
    for (const name of migrations.slice(0, search)) db.exec(readFileSync(path.join(DIR, name, "migration.sql"), "utf8"));
    db.pragma("foreign_keys = OFF"); // the rows below stand alone (migrations turn the checks back on)
    const insert = db.prepare(
      `INSERT INTO "ClauseText" ("clausePk", "position", "language", "text", "form", "isTranslation", "confidence") VALUES (?, ?, ?, ?, 'verbatim', 0, 'high')`,
    );
    insert.run(1, 0, "en", "Neither will knowingly support cyber-enabled theft of intellectual property.");
    insert.run(1, 1, "zh", "双方也同意建立一个高级专家小组");
    for (const name of migrations.slice(search)) db.exec(readFileSync(path.join(DIR, name, "migration.sql"), "utf8"));
    // What backfillSearchText does, row by row.
    const rows = db.prepare(`SELECT "pk", "text", "language" FROM "ClauseText" WHERE "searchText" = ''`).all() as {
      pk: number;
      text: string;
      language: string;
    }[];
    expect(rows).toHaveLength(2);
    const update = db.prepare(`UPDATE "ClauseText" SET "searchText" = ? WHERE "pk" = ?`);
    for (const r of rows) update.run(searchTextOf(r.text, r.language), r.pk);
    expect(() => db.exec(`INSERT INTO "ClauseTextSearch"("ClauseTextSearch") VALUES ('integrity-check')`)).not.toThrow();
    const match = (q: string) =>
      (db.prepare(`SELECT rowid FROM "ClauseTextSearch" WHERE "ClauseTextSearch" MATCH ?`).all(q) as { rowid: number }[]).map(
        (r) => r.rowid,
      );
    expect(match('"knowingly"')).toHaveLength(1);
    expect(match('"thefts"')).toHaveLength(1); // Porter stemming: thefts → theft
    expect(match('"高级 专家 小组"')).toHaveLength(1);
    // Deleting a row takes it out of the index.
    db.exec(`DELETE FROM "ClauseText" WHERE "language" = 'zh'`);
    expect(match('"高级 专家 小组"')).toHaveLength(0);
    expect(() => db.exec(`INSERT INTO "ClauseTextSearch"("ClauseTextSearch") VALUES ('integrity-check')`)).not.toThrow();
    db.close();
  });
});
