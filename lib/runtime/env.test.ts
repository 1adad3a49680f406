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

describe("SITE_URL", () => {
  it("defaults to the origin actually served: localhost on PORT", () => {
    expect(readEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(readEnv({ PORT: "4100" })).toMatchObject({ SITE_URL: "http://localhost:4100", siteUrlFromPort: true });
  });

  it("is taken as given when set, without a trailing slash, whatever the port", () => {
    expect(readEnv({ PORT: "4100", SITE_URL: "https://pactdiff.example.org/" })).toMatchObject({
      SITE_URL: "https://pactdiff.example.org",
      siteUrlFromPort: false,
    });
  });

  it("refuses what is not an http(s) URL", () => {
    for (const url of ["ftp://example.org", "localhost:3000", "javascript:alert(1)"]) {
      expect(() => readEnv({ SITE_URL: url })).toThrow(/SITE_URL/);
    }
  });
});
