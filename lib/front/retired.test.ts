// A link pinned to a retired version answers 410 with when and why, from any route that carries the version.
import { describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { answerRetired, retiredVersionOf } from "./retired";

const ID = "0123456789ab";
const state = { retired: new Map([[ID, { at: "2026-12-07T15:00:00.000Z", reason: "Published by mistake <b>&</b>." }]]) };

function answer(path: string) {
  const out = { status: 0, headers: {} as Record<string, string>, body: "" };
  const res = {
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(out, { status, headers }),
    end: (body: string) => (out.body = body),
  } as unknown as ServerResponse;
  answerRetired(res, path, ID, state);
  return out;
}

describe("retired versions at the front", () => {
  it("finds the pin in v=, a data package's name and either end of a version diff, and nothing else", () => {
    for (const path of [
      `/agreements/us-china-2015?v=${ID}`,
      `/compare/a/b?diff=words&v=${ID}`,
      `/api/v1/agreements?v=${ID}`,
      `/data/${ID}.zip`,
      `/changes/${ID}...aaaaaaaaaaaa`,
      `/changes/aaaaaaaaaaaa...${ID}`,
      `/og/agreement/x?v=${ID}`,
    ])
      expect(retiredVersionOf(path, state), path).toBe(ID);
    for (const path of ["/agreements/us-china-2015", `/agreements/${ID}`, "/data/latest.zip", `/search?q=${ID}`, "/changes"])
      expect(retiredVersionOf(path, state), path).toBeNull();
    // The first v= is the one every route reads.
    expect(retiredVersionOf(`/agreements/x?v=aaaaaaaaaaaa&v=${ID}`, state)).toBeNull();
    expect(retiredVersionOf(`/data/${ID}.zip`, { retired: new Map() })).toBeNull();
    expect(retiredVersionOf(`/data/${ID}.zip`, null)).toBeNull();
  });

  it("answers a page with the reason escaped and a link without the pin; a line of text for data and the API", () => {
    const page = answer(`/compare/a/b?diff=words&v=${ID}`);
    expect(page.status).toBe(410);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain(`Dataset version ${ID} was retired on 2026-12-07: Published by mistake &lt;b&gt;&amp;&lt;/b&gt;.`);
    expect(page.body).toContain('href="/compare/a/b?diff=words"');
    const data = answer(`/data/${ID}.zip`);
    expect(data.status).toBe(410);
    expect(data.headers["content-type"]).toContain("text/plain");
    expect(data.body).toContain("the current data is at /changes");
    expect(answer(`/api/v1/agreements?v=${ID}`).body).toContain("the current data is at /api/v1/agreements.");
  });
});
