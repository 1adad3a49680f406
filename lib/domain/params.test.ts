// The URL's one vocabulary: what each parameter may hold, the same answer on every route for a value that
// does not fit, and no route reading a parameter another way.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allValues, givenValue, PATH, readQuery, versionVerdict } from "./params";

describe("readQuery", () => {
  it("reads what it is asked for, the first of repeated values, empty as absent, unknown names ignored", () => {
    const query = new URLSearchParams("view=scope&view=dates&diff=&page=3&junk=1&v=0123456789ab");
    expect(readQuery(query, ["view", "diff", "page", "v"])).toEqual({ ok: true, values: { view: "scope", page: 3, v: "0123456789ab" } });
    expect(readQuery({ year: ["2015", "x"], rows: " ip-theft ,hotline,ip-theft" }, ["year", "rows"])).toEqual({
      ok: true,
      values: { year: 2015, rows: ["ip-theft", "hotline"] },
    });
    expect(readQuery({ q: "a\u0000b  " }, ["q"])).toEqual({ ok: true, values: { q: "a b" } });
  });

  it("answers a malformed value 400 saying what it may be, and a version that is not one 404", () => {
    for (const [name, value] of [
      ["view", "graph"],
      ["diff", "chars"],
      ["theme", "<b>"],
      ["page", "0"],
      ["page", "1e3"],
      ["year", "15"],
      ["against", "sideways"],
      ["maxwidth", "-3"],
      ["pinned", "yes"],
      ["order", "latest"],
    ] as const) {
      const read = readQuery(new URLSearchParams({ [name]: value }), [name]);
      expect(read, `${name}=${value}`).toMatchObject({ ok: false, problem: { name, status: 400 } });
      const shown = value.replace(/[<>]/g, "\ufffd");
      if (!read.ok) expect(read.problem.message.startsWith(`${name}= must be `), read.problem.message).toBe(true);
      if (!read.ok) expect(read.problem.message.endsWith(`; "${shown}" is not.`), read.problem.message).toBe(true);
    }
    for (const v of ["zzz", "0123456789a", "0123456789abc", "0123456789AB", "../../x"])
      expect(readQuery({ v }, ["v"]), v).toMatchObject({ ok: false, problem: { name: "v", status: 404 } });
    expect(readQuery({ from: "zzz" }, ["from"])).toMatchObject({
      ok: false,
      problem: { status: 404, message: 'No dataset version has the id "zzz" (from=).' },
    });
    expect(readQuery({ maxwidth: "0600" }, ["maxwidth"])).toEqual({ ok: true, values: { maxwidth: 600 } });
    expect(readQuery({ maxwidth: "0" }, ["maxwidth"])).toMatchObject({ ok: false, problem: { status: 400 } });
    expect(readQuery({ v: "x".repeat(500) }, ["v"])).toMatchObject({ ok: false, problem: { given: `${"x".repeat(40)}…` } });
    // Markup is never said back, in any medium.
    const hostile = readQuery({ view: '"><svg onload=x(2)>' }, ["view"]);
    expect(hostile.ok === false && hostile.problem.message).toBe(
      'view= must be one of clauses, scope, dates; "\ufffd\ufffd\ufffdsvg onload=x(2)\ufffd" is not.',
    );
  });

  it("keeps a term's own name where two routes use one name differently (the citation API's page= is a path)", () => {
    expect(readQuery({ page: "/agreements/us-china-2015" }, ["citedPage"])).toEqual({
      ok: true,
      values: { citedPage: "/agreements/us-china-2015" },
    });
    expect(readQuery({ page: "//evil.example" }, ["citedPage"])).toMatchObject({
      ok: false,
      problem: { message: expect.stringMatching(/^page= must be a path/) },
    });
    expect(givenValue({ page: "2" }, "citedPage")).toBe("2");
    expect(allValues(new URLSearchParams("a=x&a=y"), "a")).toEqual(["x", "y"]);
  });
});

describe("versionVerdict", () => {
  const known = new Set(["0123456789ab", "fedcba987654", "fedcba000000"]);
  it("tells none, known and unknown, with the one known id a cut or lengthened pin is part of", () => {
    expect(versionVerdict(undefined, known)).toEqual({ kind: "none" });
    expect(versionVerdict("0123456789ab", known)).toEqual({ kind: "known", id: "0123456789ab" });
    expect(versionVerdict("0123456789a", known)).toEqual({ kind: "unknown", given: "0123456789a", closest: "0123456789ab" });
    expect(versionVerdict("0123456789abc", known)).toMatchObject({ closest: "0123456789ab" });
    expect(versionVerdict("fedcba", known)).toMatchObject({ kind: "unknown", closest: null }); // two match
    expect(versionVerdict("012", known)).toMatchObject({ kind: "unknown", closest: null }); // too short to tell
  });
});

describe("PATH", () => {
  it("reads the values addresses carry in their path", () => {
    expect(PATH.dataFile("latest.zip")).toBe("latest");
    expect(PATH.dataFile("0123456789ab.zip")).toBe("0123456789ab");
    expect(PATH.dataFile("x.zip")).toBeNull();
    expect(PATH.feedFile("ip-theft.atom")).toBe("ip-theft");
    expect(PATH.feedFile("IP.atom")).toBeNull();
    expect(PATH.range("0123456789ab...fedcba987654")).toEqual({ from: "0123456789ab", to: "fedcba987654" });
    expect(PATH.range("0123456789ab...fedcba98765")).toBeNull();
    expect(PATH.range("a...b...c")).toBeNull();
  });
});

// Routes read query parameters only through readQuery (or allValues / givenValue): a hand-written read is how
// a malformed v= came to answer the latest data on some surfaces and 404 on others.
const HAND_READS = [
  /\bsearchParams\s*\)?\s*\.\s*(?:get|getAll|has)\s*\(/,
  /\(await searchParams\)\s*\.\s*\w/,
  /\b(?:query|params|url\.searchParams)\s*\.\s*get\s*\(\s*["']/,
  /\bquery\s*\[\s*["'](?:v|view|diff|page|q)["']\s*\]/,
  /\b(?:params|query|search)\s*\.\s*(?:v|view|diff|page|q|from|to|base|theme|rows|ref|party|year|form|order)\b(?!\s*[:=(])/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("one parser per parameter", () => {
  it("no route, page, proxy or library module reads a query parameter by hand", () => {
    const root = path.resolve(__dirname, "../..");
    const files = [...["app", "lib", "components"].flatMap((d) => sourceFiles(path.join(root, d))), path.join(root, "proxy.ts")];
    expect(files.length).toBeGreaterThan(100);
    const offences = files
      .filter((f) => !f.endsWith(path.join("lib", "domain", "params.ts")))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, i) => (HAND_READS.some((re) => re.test(line)) ? [`${path.relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offences).toEqual([]);
  });

  it("would catch the reads it forbids", () => {
    for (const line of [
      'const v = new URL(request.url).searchParams.get("v");',
      "const raw = (await searchParams).v;",
      'const format = query.get("format") ?? "json";',
      'const v = query["v"];',
      "const [from, to] = [first(params.from), first(params.to)];",
    ])
      expect(
        HAND_READS.some((re) => re.test(line)),
        line,
      ).toBe(true);
  });
});
