import { describe, expect, it } from "vitest";
import type { Readout } from "@/lib/domain/schema";
import { clause, provisions } from "@/test/agreement-builders";
import { compareReadouts, readoutName } from "./readouts";

const readout = (key: string, party: string | null, clauses: Readout["clauses"]): Readout => ({
  key,
  party: party ? { code: party, name: party === "USA" ? "United States" : "China" } : null,
  issuedBy: `${key} issuer`,
  title: key,
  date: "2015-09-25",
  datePrecision: "day",
  kind: "transcription",
  note: null,
  clauses,
});

const lawfare = readout("xi-lawfare", "CHN", [
  clause("ip-theft", "Both governments would not engage in or knowingly support online theft of intellectual properties."),
]);
const afp = readout("xi-afp", "CHN", [
  clause("ip-theft", "Both governments would not engage in and not support online theft of intellectual property."),
]);
const wh = readout("wh", "USA", [
  clause("ip-theft", "Neither country's government will conduct or knowingly support theft."),
  clause("hotline", "A hotline."),
]);

describe("compareReadouts", () => {
  it("aligns readouts by provision, the first as base, with word diffs against it", () => {
    const result = compareReadouts([lawfare, afp, wh], provisions);
    expect(result?.base).toBe("xi-lawfare");
    expect(result?.columns.map((c) => c.slug)).toEqual(["xi-lawfare", "xi-afp", "wh"]);
    const ip = result?.rows.find((r) => r.provision.key === "ip-theft");
    const afpCell = ip?.cells[1];
    expect(afpCell?.status).toBe("reworded");
    const deleted = afpCell?.diff?.ok ? afpCell.diff.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim()) : [];
    expect(deleted.join(" ")).toContain("knowingly");
    expect(result?.rows.find((r) => r.provision.key === "hotline")?.status).toEqual({ kind: "only-in", slug: "wh" });
  });

  it("takes any readout as base, and refuses one the agreement does not have", () => {
    expect(compareReadouts([lawfare, afp, wh], provisions, "wh")?.columns.map((c) => c.slug)).toEqual(["wh", "xi-lawfare", "xi-afp"]);
    expect(compareReadouts([lawfare, afp], provisions, "nope")).toBeNull();
    expect(compareReadouts([], provisions)).toBeNull();
  });

  it("names a readout by party and issuer", () => {
    expect(readoutName(wh)).toBe("United States: wh issuer");
    expect(readoutName(readout("outlet", null, []))).toBe("outlet issuer");
  });
});
