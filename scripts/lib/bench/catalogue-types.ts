// What the catalogue-scale benchmark (scripts/bench-catalogue.ts) is asked for, the servers it runs, and what it
// measures of each catalogue.
import type { ChildProcess } from "node:child_process";

/** articles: with it, the synthetic agreements are treaties of that many articles (the treaty-scale benchmark). */
export type Options = { n: number; articles?: number; urls: number; cold: number; duration: number; connections: number };
export type Timings = { count: number; p50: number; p99: number; max: number; errors: number };
export type Measured = {
  label: string;
  agreements: number;
  importSeconds: number;
  buildSeconds: number;
  buildPeakMiB: number;
  nextBytesAfterBuild: number;
  cold: { count: number; p50: number; p99: number; max: number };
  cachedUrl: string;
  cachedBytes: number;
  cachedRps: number;
  cachedP99: number;
  wrkErrors: number;
  rssStartMiB: number;
  rssAfterUrlsMiB: number;
  urls: number;
  urlErrors: number;
  nextGrowthBytes: number;
  newFiles: string[];
  wholeCatalogue: { path: string; ms: number; bytes: number; status: number }[];
  /** The first provision page of a version (its lineage is worked out then), and other states cold. */
  provisionFirstMs: number;
  provisionCold: { count: number; p50: number; p99: number; max: number; errors: number };
  provisionWordings: number;
  provisionRps: number;
  provisionP99: number;
  /** Search result pages, each query new to the server (uncached). */
  searchCold: { count: number; p50: number; p99: number; max: number; errors: number };
  searchRps: number;
  searchP99: number;
  /** The treaty-scale measures: cold comparisons of two whole treaties, cold reuse pages. */
  treaty?: { comparisonUrl: string; comparisonCold: Timings; reuseCold: Timings };
};

/** A catalogue imported into its own database and built: what is measured before any server runs. */
export type Prepared = {
  label: string;
  env: NodeJS.ProcessEnv;
  port: number;
  cachedPair: string[];
  importSeconds: number;
  buildSeconds: number;
  buildPeakMiB: number;
  nextBytesAfterBuild: number;
};
export type Running = Prepared & { server: ChildProcess; base: string; slugs: string[]; rssStartMiB: number };
export type Throughput = { rps: number; p99: number; bytes: number; errors: number };
