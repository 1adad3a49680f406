import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "./pg-schema";

const sqlite = readFileSync("prisma/schema.prisma", "utf8");

describe("PostgreSQL schema twin", () => {
  it("is up to date with prisma/schema.prisma (npm run db:pg-schema)", () => {
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(postgresSchemaFrom(sqlite));
  });

  it("changes only the provider and the client output", () => {
    const pg = postgresSchemaFrom(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output     = "../../node_modules/@pactdiff/prisma-postgresql"');
    const models = (schema: string) => schema.slice(schema.indexOf("model "));
    expect(models(pg)).toBe(models(sqlite));
  });

  it("refuses a schema without the blocks it rewrites", () => {
    expect(() => postgresSchemaFrom("model A { id Int @id }")).toThrow(/generator client/);
  });
});
