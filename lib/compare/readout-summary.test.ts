// "Where the accounts differ", on the real catalogue's US–China 2015 readouts (the unit-test database).
import { describe, expect, it } from "vitest";
import { getReadoutComparison } from "../data/comparison";
import { accountDifferences } from "./readout-summary";

async function differences(base?: string) {
  const result = await getReadoutComparison("us-china-2015", undefined, base);
  if (result.kind !== "ok" || !result.comparison) throw new Error("no readouts of us-china-2015");
  return accountDifferences(result.comparison);
}

describe("where the accounts differ", () => {
  it("says, per provision, who words the IP-theft pledge differently and how far", async () => {
    const ip = (await differences()).find((d) => d.key === "ip-theft");
    expect(ip?.parties.sort()).toEqual(["China", "United States"]);
    expect(ip?.differently.length).toBeGreaterThanOrEqual(3);
    expect(ip?.sentence).toMatch(
      /^In 6 of 7 readouts; worded differently in President Obama at the joint press conference — 62% like the base; /,
    );
  });

  it("includes China's outcome list, held only in Chinese: compared in Chinese where another readout has it, else said to be missing", async () => {
    const ip = (await differences()).find((d) => d.key === "ip-theft");
    const outcome = ip?.otherLanguage.find((o) => o.name === "Chinese government");
    expect(outcome?.language).toBe("zh");
    expect(ip?.sentence).toContain(`${outcome?.name} has it only in Chinese`);
    if (outcome?.against) expect(ip?.sentence).toMatch(/% like .* in Chinese/);
    else expect(ip?.sentence).toContain("no translation of it was seen, so it is not compared");
  });

  it("names a provision only one party's readouts have", async () => {
    const all = await differences();
    const single = all.filter((d) => d.parties.length === 1 && d.partiesWithout.length > 0);
    expect(single.length).toBeGreaterThan(0);
    for (const d of single) expect(d.sentence).toMatch(new RegExp(`^Only in one party's readouts, ${d.parties[0]}`));
    expect(all.every((d) => d.sentence.endsWith("."))).toBe(true);
  });
});
