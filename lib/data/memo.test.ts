import { describe, expect, it } from "vitest";
import { MEMO_LIMITS, memoByVersion, memoSize } from "./memo";

describe("memoByVersion", () => {
  it("reads once per version and key, however many ask at a time", async () => {
    let reads = 0;
    const load = async () => (reads++, { n: reads });
    const [a, b] = await Promise.all([memoByVersion("aaaaaaaaaaaa", "k", load), memoByVersion("aaaaaaaaaaaa", "k", load)]);
    expect(a).toBe(b);
    expect(await memoByVersion("aaaaaaaaaaaa", "k", load)).toBe(a);
    // Another version is another key.
    expect(await memoByVersion("bbbbbbbbbbbb", "k", load)).toEqual({ n: 2 });
    expect(reads).toBe(2);
  });

  it("does not keep a failed read", async () => {
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error("database down");
    };
    await expect(memoByVersion("cccccccccccc", "k", failing)).rejects.toThrow("database down");
    await expect(memoByVersion("cccccccccccc", "k", failing)).rejects.toThrow("database down");
    expect(calls).toBe(2);
  });

  it("stays within its byte bound", async () => {
    const big = "x".repeat(1024 * 1024); // ~3 MiB as counted
    for (let i = 0; i < 40; i++) await memoByVersion("dddddddddddd", `big-${i}`, async () => big + i);
    expect(memoSize().bytes).toBeLessThanOrEqual(MEMO_LIMITS.maxBytes);
    expect(memoSize().entries).toBeLessThan(40);
  });
});
