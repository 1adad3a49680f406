import type { NextConfig } from "next";
// Validates the environment at start: a bad DATABASE_URL or SITE_URL stops `next build` / `next start`.
import { env } from "./lib/runtime/env";

const { PACTDIFF_DIST_DIR } = env();

const nextConfig: NextConfig = {
  distDir: PACTDIFF_DIST_DIR,
  poweredByHeader: false,
  // The site has no images to optimize; server.ts answers /_next/image 404 before Next.js sees it.
  images: { unoptimized: true },
  reactStrictMode: true,
  // Database drivers load from node_modules at run time rather than being bundled (better-sqlite3 is a
  // native addon; pg has optional native bindings it probes for), and so does the PostgreSQL Prisma client,
  // generated into node_modules/@pactdiff/prisma-postgresql by `npm install` (postinstall).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "@pactdiff/prisma-postgresql"],
  // Security headers and the CSP are set by server.ts for every response (lib/front/headers.ts).
};

export default nextConfig;
