// The catalogue as the e2e server lists it (GET /api/v1/agreements, in date order), for the specs whose counts
// and lists must hold for any catalogue: a filter's count is checked against the agreements that match it here.
import { expect, type APIRequestContext } from "@playwright/test";
import { formatPartialDate } from "../lib/format";

export type Listed = { slug: string; shortTitle: string; date: string; year: number; parties: { code: string }[]; provisionKeys: string[] };

export async function listedAgreements(request: APIRequestContext): Promise<Listed[]> {
  const response = await request.get("/api/v1/agreements");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { agreements: Listed[] }).agreements;
}

/** What /agreements says when its filters keep the agreements `keep` accepts: "4 of 16 agreements match." */
export async function matchLine(request: APIRequestContext, keep: (a: Listed) => boolean): Promise<string> {
  const all = await listedAgreements(request);
  return `${all.filter(keep).length} of ${all.length} agreements match.`;
}

/** The agreements whose own clauses express the provision, in date order, and the span of their dates. */
export async function expressing(request: APIRequestContext, provision: string): Promise<{ agreements: Listed[]; span: string }> {
  const agreements = (await listedAgreements(request)).filter((a) => a.provisionKeys.includes(provision));
  const [first, last] = [agreements[0], agreements.at(-1)];
  expect(first, `no agreement expresses ${provision}`).toBeDefined();
  return { agreements, span: `${formatPartialDate(first!.date)} to ${formatPartialDate(last!.date)}` };
}
