// A pinned address whose version is not served is answered at the front, the same on every route: 404 for an
// id that is not a known version (malformed ones included), 410 with when and why for a retired one.
import { describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { pinAnswerFrom, pinsOf, sendPinAnswer } from "./pins";

const ID = "0123456789ab";
const KNOWN = "fedcba987654";
const state = {
  known: new Set([KNOWN, "aaaaaaaaaaaa"]),
  retired: new Map([[ID, { at: "2026-12-07T15:00:00.000Z", reason: "Published by mistake <b>&</b>." }]]),
};

function answer(path: string) {
  const out = { status: 0, headers: {} as Record<string, string>, body: "" };
  const res = {
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(out, { status, headers }),
    end: (body: string) => (out.body = body),
  } as unknown as ServerResponse;
  const found = pinAnswerFrom(path, state);
  if (!found) return null;
  sendPinAnswer(res, path, found);
  return out;
}

describe("pins at the front", () => {
  it("finds the pin in the first v=, a data package's name and either end of a version diff, and nothing else", () => {
    expect(pinsOf(`/compare/a/b?diff=words&v=${ID}`)).toEqual([ID]);
    expect(pinsOf(`/data/${ID}.zip`)).toEqual([ID]);
    expect(pinsOf(`/changes/${ID}...${KNOWN}`)).toEqual([ID, KNOWN]);
    expect(pinsOf(`/agreements/x?v=aaaaaaaaaaaa&v=${ID}`)).toEqual(["aaaaaaaaaaaa"]);
    for (const path of ["/agreements/us-china-2015", `/agreements/${ID}`, "/data/latest.zip", `/search?q=${ID}`, "/changes", "/x?v="])
      expect(pinsOf(path), path).toEqual([]);
  });

  it("serves known versions and unpinned addresses", () => {
    for (const path of [`/compare/a/b?v=${KNOWN}`, `/data/${KNOWN}.zip`, `/changes/${KNOWN}...aaaaaaaaaaaa`, "/agreements/x", "/x?v="])
      expect(pinAnswerFrom(path, state), path).toBeNull();
  });

  it("answers every malformed or unknown version 404 on every surface, never the latest data", () => {
    const surfaces = [
      "/compare/a/b",
      "/embed/compare/a/b",
      "/api/v1/compare/a/b",
      "/og/compare/a/b",
      "/provisions/ip-theft",
      "/feeds/x.atom",
    ];
    for (const v of ["zzz", "fedcba98765", "fedcba9876543", "000000000000", "%3Cscript%3E", "FEDCBA987654"])
      for (const surface of surfaces) expect(answer(`${surface}?v=${v}`)?.status, `${surface}?v=${v}`).toBe(404);
    expect(answer(`/data/${"0".repeat(12)}.zip`)?.status).toBe(404);
    expect(answer(`/changes/${KNOWN}...${"0".repeat(12)}`)?.status).toBe(404);
    // The version-diff form's ends are pins too, on /changes.
    expect(answer(`/changes?from=zzz&to=${KNOWN}`)?.status).toBe(404);
    expect(answer(`/changes?from=${KNOWN}&to=${ID}`)?.status).toBe(410);
    expect(pinAnswerFrom(`/changes?from=${KNOWN}&to=aaaaaaaaaaaa`, state)).toBeNull();
    // A raw request's markup in the path is said back percent-encoded.
    expect(answer("/api/v1/agreements/<img src=x>?v=zzz")?.body).not.toContain("<img");
  });

  it("says what was asked, links the address without the pin and the version a cut or lengthened id is part of", () => {
    const page = answer(`/compare/a/b?diff=off&v=fedcba98765`);
    expect(page?.headers["content-type"]).toContain("text/html");
    expect(page?.headers["cache-control"]).toBe("no-store");
    expect(page?.body).toContain("No dataset version has the id &quot;fedcba98765&quot;");
    expect(page?.body).toContain('href="/compare/a/b?diff=off"');
    expect(page?.body).toContain(`href="/compare/a/b?diff=off&amp;v=${KNOWN}"`);
    expect(answer(`/agreements/x?v=${KNOWN}0`)?.body).toContain(`/agreements/x?v=${KNOWN}`);
    // Too short to tell, or matching two versions: no guess.
    expect(answer("/agreements/x?v=fed")?.body).not.toContain("Did you mean");
    expect(answer("/agreements/x?v=aaaaaaaaaaa")?.body).toContain("Did you mean");
    const api = answer("/api/v1/agreements?v=zzz");
    expect(api?.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(api?.body ?? "{}").error).toMatchObject({ code: "not_found" });
    expect(answer("/og/agreement/x?v=<b>")?.body).toBe(
      'No dataset version has the id "\ufffdb\ufffd" (v=). The current data is at /og/agreement/x.\n',
    );
  });

  it("answers a retired version 410 with the reason escaped and a link without the pin", () => {
    const page = answer(`/compare/a/b?diff=words&v=${ID}`);
    expect(page?.status).toBe(410);
    expect(page?.body).toContain(`Dataset version ${ID} was retired on 2026-12-07: Published by mistake &lt;b&gt;&amp;&lt;/b&gt;.`);
    expect(page?.body).toContain('href="/compare/a/b?diff=words"');
    const data = answer(`/data/${ID}.zip`);
    expect(data?.status).toBe(410);
    expect(data?.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(data?.body ?? "{}").error.message).toContain("the current data is at /data/latest.zip");
    expect(answer(`/changes/${KNOWN}...${ID}`)?.body).toContain(`<a href="/changes">See this`);
    expect(answer(`/api/v1/agreements?v=${ID}`)?.status).toBe(410);
  });
});
