// The benchmark's reference page is no public page: every build but the benchmark's prerenders a 404 at
// /bench-reference (app/bench-reference/page.tsx reads PACTDIFF_BENCH_REFERENCE, which the benches set).
import { isValidElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import BenchReference from "@/app/bench-reference/page";

afterEach(() => vi.unstubAllEnvs());

describe("/bench-reference", () => {
  it("is not found in a build made without PACTDIFF_BENCH_REFERENCE", () => {
    vi.stubEnv("PACTDIFF_BENCH_REFERENCE", "");
    expect(() => BenchReference()).toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
  });

  it("is the minimal static page in the benchmark's build", () => {
    vi.stubEnv("PACTDIFF_BENCH_REFERENCE", "1");
    expect(isValidElement(BenchReference())).toBe(true);
  });
});
