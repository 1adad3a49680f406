-- A version can be staged (npm run db:stage): readable at its preview links, not current until published.
ALTER TABLE "DatasetVersion" ADD COLUMN "stagedAt" DATETIME;

-- Former and withdrawn slugs of a version: old links answer 301 to the agreement's slug now, or 410 with why.
CREATE TABLE "SlugRedirect" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "toSlug" TEXT,
    "reason" TEXT,
    CONSTRAINT "SlugRedirect_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "SlugRedirect_versionId_slug_key" ON "SlugRedirect"("versionId", "slug");
