// The PostgreSQL schema is derived from the SQLite one (scripts/pg-schema.ts): the same models, another
// datasource provider, and a client generated into its own folder so both clients can live side by side.
const GENERATOR = /generator client \{[^}]*\}/;
const DATASOURCE = /datasource db \{[^}]*\}/;

export function postgresSchemaFrom(sqliteSchema: string): string {
  if (!GENERATOR.test(sqliteSchema) || !DATASOURCE.test(sqliteSchema)) {
    throw new Error("prisma/schema.prisma must have a `generator client` and a `datasource db` block");
  }
  const body = sqliteSchema
    .replace(
      GENERATOR,
      [
        "generator client {",
        '  provider   = "prisma-client-js"',
        '  engineType = "client"',
        '  output     = "../../node_modules/@pactdiff/prisma-postgresql"',
        "}",
      ].join("\n"),
    )
    .replace(DATASOURCE, ["datasource db {", '  provider = "postgresql"', '  url      = env("DATABASE_URL")', "}"].join("\n"));
  return (
    "// GENERATED from ../schema.prisma by `npm run db:pg-schema`: do not edit. The PostgreSQL twin of the SQLite\n" +
    "// schema: same models, its own provider, client output and migrations (prisma/postgresql/migrations).\n" +
    body
  );
}
