// GET /sitemap.xml — every page of the current dataset version (lib/catalogue/discovery.ts), read on request:
// a new import is listed without a rebuild; the front keeps one copy per version.
import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/catalogue/discovery";
import { env } from "@/lib/runtime/env";

export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(env().SITE_URL);
}
