import type { Metadata } from "next";

// The benchmark's reference (npm run bench): a minimal static page of this same build, served by Next.js
// itself (server.ts lets it through untouched), to measure the app's pages against the framework's own
// floor in throughput and first-load JavaScript.
export const dynamic = "force-static";
export const metadata: Metadata = { title: "Benchmark reference", robots: { index: false, follow: false } };

export default function BenchReference() {
  return (
    <main>
      <h1>Benchmark reference</h1>
      <p>A minimal static page, for measuring the framework&rsquo;s own cost. Nothing to see here.</p>
    </main>
  );
}
