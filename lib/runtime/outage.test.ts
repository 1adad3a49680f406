import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { databaseOutageActive, isDatabaseUnavailable, reportDatabaseUnavailable, resetOutageState } from "./outage";

function prismaLikeError(): Error {
  const inner = Object.assign(new Error("DatabaseNotReachable"), { name: "DriverAdapterError" });
  return Object.assign(
    new Error("\nInvalid `prisma.datasetVersion.findFirst()` invocation:\n\n\nCan't reach database server at 127.0.0.1:5432"),
    {
      name: "PrismaClientKnownRequestError",
      code: "P1001",
      meta: { driverAdapterError: inner },
    },
  );
}

describe("isDatabaseUnavailable", () => {
  it("recognises SQLite and PostgreSQL outages", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot open database because the directory does not exist"))).toBe(true);
    const postgres = "postgresql://pactdiff:pactdiff@127.0.0.1:5432/pactdiff";
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432"), postgres)).toBe(true);
    expect(isDatabaseUnavailable(new Error("getaddrinfo ENOTFOUND db.internal"), "postgresql://u:p@db.internal/pactdiff")).toBe(true);
    expect(isDatabaseUnavailable(prismaLikeError())).toBe(true);
  });

  it("counts a missing table as an outage only when the SQLite file is empty or gone, not when a migration is missing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pactdiff-outage-"));
    const file = (name: string, bytes: string) => (writeFileSync(path.join(dir, name), bytes), `file:${path.join(dir, name)}`);
    const sqlite = new Error("SqliteError: no such table: main.DatasetVersion");
    const prisma = Object.assign(new Error("The table `main.DatasetVersion` does not exist in the current database."), { code: "P2021" });
    // A database with tables that lacks one: a migration was not applied (the start refuses it).
    const migrated = file("migrated.db", "SQLite format 3\0 and its tables");
    expect(isDatabaseUnavailable(sqlite, migrated)).toBe(false);
    expect(isDatabaseUnavailable(prisma, migrated)).toBe(false);
    expect(isDatabaseUnavailable(new Error('relation "DatasetVersion" does not exist'), "postgresql://u:p@db.internal/pactdiff")).toBe(
      false,
    );
    // The file truncated or deleted while serving: the data is gone until it is restored.
    expect(isDatabaseUnavailable(sqlite, file("truncated.db", ""))).toBe(true);
    expect(isDatabaseUnavailable(prisma, `file:${path.join(dir, "deleted.db")}`)).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined (reading 'slug')"))).toBe(false);
    expect(isDatabaseUnavailable("NEXT_NOT_FOUND")).toBe(false);
  });

  it("counts a network error only when it names the database's address (a web font, a visitor's text are not outages)", () => {
    const postgres = "postgresql://pactdiff:pactdiff@127.0.0.1:5432/pactdiff";
    const font = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("getaddrinfo ENOTFOUND fonts.googleapis.com"), { code: "ENOTFOUND" }),
    });
    expect(isDatabaseUnavailable(font, postgres)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Failed to load /og/ECONNREFUSED-127.0.0.1:80"), postgres)).toBe(false);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432"), "file:./data/pactdiff.db")).toBe(false);
  });
});

describe("reportDatabaseUnavailable", () => {
  beforeEach(() => resetOutageState());

  it("logs the line that says what is wrong, once a minute, counting the rest", () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    reportDatabaseUnavailable(prismaLikeError(), 1_000, log);
    for (let i = 0; i < 50; i++) reportDatabaseUnavailable(prismaLikeError(), 2_000 + i, log);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pactdiff: database unavailable: Can't reach database server at 127\.0\.0\.1:5432/);
    reportDatabaseUnavailable(prismaLikeError(), 62_000, log);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("(50 more since the last report)");
  });

  it("remembers the outage for a minute", () => {
    expect(databaseOutageActive(0)).toBe(false);
    reportDatabaseUnavailable(new Error("ECONNREFUSED"), 10_000, () => undefined);
    expect(databaseOutageActive(30_000)).toBe(true);
    expect(databaseOutageActive(71_000)).toBe(false);
  });
});
