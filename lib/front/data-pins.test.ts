// The data package's descriptor and tables carry their version in the path, as the zip does: a version that is
// not served is answered at the front (404 unknown, 410 retired, JSON), pointing at the same file of the latest.
import { describe, expect, it } from "vitest";
import { isPreview, pinAnswerFrom, pinsOf } from "./pins";

const RETIRED = "0123456789ab";
const KNOWN = "fedcba987654";
const state = {
  known: new Set([KNOWN]),
  retired: new Map([[RETIRED, { at: "2026-12-07T15:00:00.000Z", reason: "Published by mistake." }]]),
};
const files = (id: string) => [`/data/${id}.zip`, `/data/${id}/datapackage.json`, `/data/${id}/data/readouts.csv`];

describe("pins of a data package's files", () => {
  it("are read from the zip's, the descriptor's and a table's path, and not from latest's", () => {
    for (const path of files(KNOWN)) expect(pinsOf(path), path).toEqual([KNOWN]);
    for (const path of ["/data/latest.zip", "/data/latest/datapackage.json", "/data/latest/data/readouts.csv"])
      expect(pinsOf(path), path).toEqual([]);
  });

  it("answer an unknown version 404 and a retired one 410, naming the same file of the latest version", () => {
    for (const path of files(KNOWN)) expect(pinAnswerFrom(path, state), path).toBeNull();
    const unknown = pinAnswerFrom("/data/000000000000/datapackage.json", state);
    expect(unknown?.status).toBe(404);
    expect(unknown?.unpinned).toBe("/data/latest/datapackage.json");
    const retired = pinAnswerFrom(`/data/${RETIRED}/data/readouts.csv`, state);
    expect(retired?.status).toBe(410);
    expect(retired?.unpinned).toBe("/data/latest/data/readouts.csv");
    expect(pinAnswerFrom("/data/000000000000.zip", state)?.unpinned).toBe("/data/latest.zip");
  });

  it("mark a staged version's descriptor as a preview, as its zip", () => {
    const staged = { staged: new Set([KNOWN]) };
    for (const path of files(KNOWN)) expect(isPreview(path, staged), path).toBe(true);
  });
});
