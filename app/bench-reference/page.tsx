import type { Metadata } from "next";
import { notFound } from "next/navigation";

// The benchmark's reference (npm run bench): a minimal static page of the benchmark's own build, served by
// Next.js itself (server.ts lets it through untouched), to measure the app's pages against the framework's
// own floor in throughput and first-load JavaScript. It exists only in that build: scripts/bench.ts and
// scripts/bench-catalogue.ts build with PACTDIFF_BENCH_REFERENCE=1; any other build prerenders a 404 here,
// so the public site has no such page.
export const dynamic = "force-static";
export const metadata: Metadata = { title: "Benchmark reference", robots: { index: false, follow: false } };

export default function BenchReference() {
  // Read while the page is prerendered, that is at build time (the page is static).
  if (process.env.PACTDIFF_BENCH_REFERENCE !== "1") notFound();
  return (
    <main>
      <h1>Benchmark reference</h1>
      <p>A minimal static page, for measuring the framework&rsquo;s own cost. Nothing to see here.</p>
    </main>
  );
}
