// The proxy's answer to a parameter it cannot take: the status, what was wrong, and the same address without it.
import { describe, expect, it } from "vitest";
import { readQuery } from "../domain/params";
import { problemAnswer } from "./answers";

describe("problemAnswer", () => {
  it("says what the value may be and links the same address without that parameter, keeping the rest", async () => {
    const url = new URL("http://x/provisions/ip-theft?ref=us-china-2015&page=0&v=0123456789ab");
    const read = readQuery(url.searchParams, ["page"]);
    if (read.ok) throw new Error("page=0 read as valid");
    const page = problemAnswer(read.problem, false, url);
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("page= must be a page number from 1; &quot;0&quot; is not.");
    expect(html).toContain('href="/provisions/ip-theft?ref=us-china-2015&amp;v=0123456789ab"');
    expect(html).toContain("This address without page=");
  });

  it("links an unknown version's address without v=, with the current data; an image gets a line of text", async () => {
    const url = new URL("http://x/compare/a/b?view=scope&v=zzz");
    const read = readQuery(url.searchParams, ["v"]);
    if (read.ok) throw new Error("v=zzz read as valid");
    const html = await problemAnswer(read.problem, false, url).text();
    expect(html).toContain('href="/compare/a/b?view=scope"');
    expect(html).toContain("This address without v=, with the current data");
    const image = problemAnswer(read.problem, true, url);
    expect(image.status).toBe(404);
    expect(await image.text()).toBe('No dataset version has the id "zzz" (v=).\n');
  });
});
