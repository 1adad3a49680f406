import { describe, expect, it } from "vitest";
import { databaseProvider, readEnv } from "./env";

describe("DATABASE_URL", () => {
  it("defaults to the embedded SQLite file", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/pactdiff.db");
    expect(databaseProvider(env.DATABASE_URL)).toBe("sqlite");
  });

  it("accepts PostgreSQL URLs, both spellings", () => {
    for (const url of ["postgresql://u:p@db.internal:5432/pactdiff", "postgres://u@localhost/pactdiff?sslmode=require"]) {
      expect(readEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
      expect(databaseProvider(url)).toBe("postgresql");
    }
  });

  it("refuses anything else with a message that names the variable", () => {
    for (const url of ["mysql://u@h/db", "./data/pactdiff.db", "postgresql://", "postgresql://has space/db"]) {
      expect(() => readEnv({ DATABASE_URL: url })).toThrow(/DATABASE_URL: must be a SQLite file URL/);
    }
  });
});

