// GET /robots.txt — what crawlers may fetch and where the sitemap is (lib/catalogue/discovery.ts). Dynamic: the
// sitemap's address is the site's address at run time, which the build does not know.
import type { MetadataRoute } from "next";
import { robotsFile } from "@/lib/catalogue/discovery";
import { env } from "@/lib/runtime/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return robotsFile(env().SITE_URL);
}
