// What the API answers when it cannot answer, on the unit-test database: a page beyond the last is a 400 that
// names the last page, a view it does not have a 400, an address it does not have a JSON 404 (never the site's
// HTML page); and a page on another origin can read a download's file name, licence link and version.
import { describe, expect, it } from "vitest";
import { GET as unknownAddress } from "@/app/api/[[...rest]]/route";
import { GET as compare } from "@/app/api/v1/compare/[...slugs]/route";
import { GET as provision } from "@/app/api/v1/provisions/[key]/route";
import { GET as versions } from "@/app/api/v1/versions/route";
import { FEATURED } from "../catalogue/featured";
import { env } from "../runtime/env";

const SITE = env().SITE_URL;
const get = (path: string) => new Request(`${SITE}${path}`);
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe("the API's refusals", () => {
  it("refuses a provision page beyond the last, naming the last, and answers the last", async () => {
    const params = Promise.resolve({ key: "ip-theft" });
    const first = (await (await provision(get("/api/v1/provisions/ip-theft"), { params })).json()) as { pages: number };
    const beyond = await provision(get(`/api/v1/provisions/ip-theft?page=${first.pages + 1}`), { params });
    expect(beyond.status).toBe(400);
    expect(await errorOf(beyond)).toEqual({
      code: "bad_request",
      message: expect.stringMatching(
        first.pages === 1 ? /beyond the last page: there is only page 1/ : new RegExp(`1 to ${first.pages}\\.`),
      ),
    });
    expect((await provision(get(`/api/v1/provisions/ip-theft?page=${first.pages}&format=csv`), { params })).status).toBe(200);
    expect((await provision(get("/api/v1/provisions/ip-theft?page=999"), { params })).status).toBe(400);
  });

  it("refuses a page of the history beyond the last", async () => {
    const first = (await (await versions(get("/api/v1/versions"))).json()) as { pages: number };
    const beyond = await versions(get(`/api/v1/versions?page=${first.pages + 1}`));
    expect(beyond.status).toBe(400);
    expect((await errorOf(beyond)).message).toContain("beyond the last page");
  });

  it("refuses a view the comparison does not have, as JSON and as CSV", async () => {
    for (const query of ["view=bogus", "view=bogus&format=csv", "diff=chars"]) {
      const response = await compare(get(`/api/v1/compare/${FEATURED.join("/")}?${query}`), {
        params: Promise.resolve({ slugs: [...FEATURED] }),
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(/(view|diff)= must be one of/);
    }
  });

  it("answers an address it does not have with the JSON 404 that names its addresses and description", async () => {
    const response = unknownAddress();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("link")).toBe(`<${SITE}/api/v1/openapi.json>; rel="service-desc"`);
    const error = await errorOf(response);
    expect(error.code).toBe("not_found");
    expect(error.message).toContain(`${SITE}/api/v1/openapi.json`);
    expect(error.message).toContain("/api/v1/agreements/{slug}");
  });

  it("lets a page on another origin read a download's file name, licence link and version", async () => {
    const response = await compare(get(`/api/v1/compare/${FEATURED.join("/")}?format=csv`), {
      params: Promise.resolve({ slugs: [...FEATURED] }),
    });
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    const exposed = (response.headers.get("access-control-expose-headers") ?? "").toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["content-disposition", "link", "x-dataset-version", "etag"]));
  });
});
