import { describe, expect, it } from "vitest";
import { foldedWords } from "../text/words";
import {
  excerptOf,
  fts5Match,
  fts5Own,
  normaliseQuery,
  planSearch,
  searchTextOf,
  websearchOwn,
  websearchQuery,
  type VocabularyEntry,
} from "./query";

const VOCAB: VocabularyEntry[] = [
  {
    kind: "provision",
    key: "ip-theft",
    label: "No cyber-enabled IP theft",
    description: "",
    synonyms: ["IP theft", "hacking", "trade secrets", "theft of intellectual property", "知识产权"],
  },
  { kind: "scope", key: "economic-espionage", label: "Economic espionage", description: "", synonyms: ["economic espionage", "hacking"] },
];

describe("words", () => {
  it("splits Chinese into words, and hyphenated words at the hyphen, for the index and the query alike", () => {
    expect(searchTextOf("中美双方同意,各自国家政府均不得从事或者在知情情况下支持网络窃取知识产权", "zh")).toContain("知识 产权");
    expect(foldedWords("知识产权", "en")).toEqual(["知识", "产权"]);
    expect(foldedWords("Cyber-enabled THEFT; propriété", "en")).toEqual(["cyber", "enabled", "theft", "propriété"]);
  });
});

describe("search plans", () => {
  it("names the provision and category a synonym stands for and expands the query with their synonyms", () => {
    const plan = planSearch("hacking", VOCAB);
    expect(plan.named.map((n) => n.key)).toEqual(["ip-theft", "economic-espionage"]);
    expect(plan.expansions).toContainEqual(["theft", "of", "intellectual", "property"]);
    expect(plan.expansions).toContainEqual(["知识", "产权"]);
    expect(planSearch("Economic Espionage in 2015", VOCAB).named.map((n) => n.key)).toEqual(["economic-espionage"]);
    expect(planSearch("knowingly", VOCAB)).toMatchObject({ words: ["knowingly"], expansions: [], named: [] });
  });

  it("builds FTS5 and websearch queries that cannot be broken by the reader's input", () => {
    const hostile = planSearch('a" OR NEAR(b c) -x *', []);
    expect(fts5Match(hostile)).toBe('("a" AND "or" AND "near" AND "b" AND "c" AND "x")');
    expect(websearchQuery(planSearch("IP theft", VOCAB))).toBe(
      'ip theft or "hacking" or "trade secrets" or "theft of intellectual property" or "知识 产权"',
    );
    expect(fts5Match(planSearch("高级专家小组", []))).toBe('("高级 专家 小组")');
    expect(fts5Match(planSearch("***", []))).toBeNull();
    expect(normaliseQuery("  a\u0000b  ")).toBe("a b");
    expect(normaliseQuery("   ")).toBeNull();
    expect(normaliseQuery("x".repeat(500))).toHaveLength(200);
  });

  it("marks matching words in an excerpt cut around the first match", () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(20)}Neither will knowingly support theft of intellectual property.${" Tail words here.".repeat(20)}`;
    const parts = excerptOf(text, "en", planSearch("knowingly", []));
    expect(parts[0]?.text).toMatch(/^… [A-Za-z]/);
    expect(parts.map((p) => p.text).join("")).toMatch(/[a-z.] …$/);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["knowingly"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThan(300);
    const zh = excerptOf("双方也同意建立一个高级专家小组", "zh", planSearch("高级专家小组", []));
    expect(
      zh
        .filter((p) => p.hit)
        .map((p) => p.text)
        .join(""),
    ).toBe("高级专家小组");
  });

  it("tells the reader's own words from the synonyms they name: the index ranks texts with them first", () => {
    const plan = planSearch("高级专家小组", [
      { kind: "provision", key: "seg", label: "Senior experts group", description: "", synonyms: ["高级专家小组", "senior experts"] },
    ]);
    expect(plan.expansions).toEqual([["senior", "experts"]]);
    expect(fts5Own(plan)).toBe('"高级 专家 小组"');
    expect(fts5Match(plan)).toBe('("高级 专家 小组") OR "senior experts"');
    expect(websearchOwn(plan)).toBe('"高级 专家 小组"');
    const ip = planSearch("IP theft", VOCAB);
    expect(fts5Own(ip)).toBe('"ip" AND "theft"');
    expect(websearchOwn(ip)).toBe("ip theft");
    expect(fts5Own(planSearch("***", []))).toBeNull();
  });
});
