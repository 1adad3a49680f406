import { describe, expect, it } from "vitest";
import { excerpt, loggable, LOG_EXCERPT_CHARS } from "./log-excerpt";

describe("log excerpts", () => {
  it("escapes control characters so a visitor's text cannot forge a log line, and keeps newlines of stacks", () => {
    expect(excerpt("GET /x\r\npactdiff: forged\u0000\u001b[31m")).toBe("GET /x\\u000d\npactdiff: forged\\u0000\\u001b[31m");
    expect(excerpt("a\u2028b\tc")).toBe("a\\u2028b\tc");
  });

  it("cuts a long text and says how much was left out", () => {
    const long = excerpt("x".repeat(10_000));
    expect(long).toHaveLength(LOG_EXCERPT_CHARS + "… (8000 more characters)".length);
    expect(long.endsWith("… (8000 more characters)")).toBe(true);
  });

  it("logs an error as its bounded stack, and anything else as it is", () => {
    const error = new Error(`Failed to parse ${"%".repeat(50_000)}`);
    const logged = loggable(error) as string;
    expect(logged.startsWith("Error: Failed to parse %%%")).toBe(true);
    expect(logged.length).toBeLessThan(LOG_EXCERPT_CHARS * 2 + 50);
    expect(loggable(42)).toBe(42);
  });
});
