// An agreement page announces its oEmbed answer and its JSON (<link rel="alternate"> from its metadata), latest
// and pinned, and both addresses answer 200 with their types: a CMS given the page's address finds its preview,
// a program its data.
import { describe, expect, it } from "vitest";
import { GET as oembed } from "@/app/api/oembed/route";
import { GET as agreementJson } from "@/app/api/v1/agreements/[slug]/route";
import { currentVersion } from "@/test/current-version";
import { getAgreementBySlug } from "../data/agreements";
import { env } from "../runtime/env";
import { agreementMetadata } from "./agreement-metadata";

const SLUG = "us-china-2015";

async function alternatesOf(pinned: boolean) {
  const version = await currentVersion();
  const agreement = (await getAgreementBySlug(version.id, SLUG))!;
  const types = agreementMetadata(agreement, { ...version, isLatest: !pinned }, pinned).alternates?.types ?? {};
  return { version, types: types as Record<string, string> };
}

/** The route's answer to an address as the page announces it (relative to the site). */
async function answer(address: string): Promise<Response> {
  const url = new URL(address, env().SITE_URL);
  if (url.pathname === "/api/oembed") return oembed(new Request(url));
  const slug = /^\/api\/v1\/agreements\/([^/]+)$/.exec(url.pathname)?.[1];
  if (!slug) throw new Error(`not an address this test answers: ${address}`);
  return agreementJson(new Request(url), { params: Promise.resolve({ slug }) });
}

describe("an agreement page's alternates", () => {
  it("name its oEmbed answer and its JSON, each of which answers 200 with its type", async () => {
    const { types } = await alternatesOf(false);
    expect(Object.keys(types).sort()).toEqual(["application/json", "application/json+oembed"]);
    expect(types["application/json+oembed"]).toBe(
      `/api/oembed?url=${encodeURIComponent(`${env().SITE_URL}/agreements/${SLUG}`)}&format=json`,
    );
    expect(types["application/json"]).toBe(`/api/v1/agreements/${SLUG}`);

    const embed = await answer(types["application/json+oembed"]!);
    expect(embed.status).toBe(200);
    expect(embed.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(await embed.json()).toMatchObject({ version: "1.0", type: "link", title: expect.stringContaining("US–China 2015") });

    const json = await answer(types["application/json"]!);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(JSON.stringify(await json.json())).toContain(`"${SLUG}"`);
  });

  it("pinned, name the version in the JSON's address, and both still answer 200", async () => {
    const { version, types } = await alternatesOf(true);
    expect(types["application/json"]).toBe(`/api/v1/agreements/${SLUG}?v=${version.id}`);
    const embed = await answer(types["application/json+oembed"]!);
    expect(embed.status).toBe(200);
    expect(await embed.json()).toMatchObject({ type: "link", dataset_version: version.id });
    const json = await answer(types["application/json"]!);
    expect([json.status, json.headers.get("x-dataset-version")]).toEqual([200, version.id]);
  });
});
