// The small promises around running the site: `npm run screenshots` photographs the server at PORT when it is
// given no address, and the README asks for the Node version package.json's engines requires, not another.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./screenshots";

describe("npm run screenshots", () => {
  it("uses the address given, else the server at PORT, else port 3000", () => {
    expect(baseUrl("https://pactdiff.example", { PORT: "3100" })).toBe("https://pactdiff.example");
    expect(baseUrl(undefined, { PORT: "3100" })).toBe("http://localhost:3100");
    expect(baseUrl(undefined, {})).toBe("http://localhost:3000");
    expect(() => baseUrl(undefined, { PORT: "http" })).toThrow(/PORT/);
  });
});

describe("the README", () => {
  it("asks for the Node version package.json's engines requires", () => {
    const engines = (JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node;
    const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines)?.[1];
    expect(minimum).toBeDefined();
    expect(readFileSync("README.md", "utf8")).toContain(`Node ${minimum} or newer`);
    expect(readFileSync("README.md", "utf8")).not.toMatch(new RegExp(`Node (?!${minimum?.replace(/\./g, "\\.")} )\\d+(\\.\\d+)* or newer`));
  });
});
