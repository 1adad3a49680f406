// Latencies of the catalogue-scale benchmark (scripts/bench-catalogue.ts): one request at a time, timed, the
// servers taking turns request by request.
import http from "node:http";
import type { Options, Running } from "./catalogue-types";
import { comparisonUrls, percentiles, SEARCH_QUERIES, WHOLE_CATALOGUE } from "./catalogue-urls";

export function get(url: string): Promise<{ status: number; ms: number; bytes: number }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" }, agent: false }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - start) / 1e6, bytes }));
      })
      .on("error", reject);
  });
}

type Got = Awaited<ReturnType<typeof get>>;

/**
 * Each server's list of URLs, requested one at a time, the servers taking turns request by request: one
 * server is idle while the other answers, and both end each phase together. Measured one whole server after
 * the other, the one measured last goes into the throughput runs straight from its heaviest work, and a
 * Node.js process is slower for minutes after that (with the order swapped, the real catalogue came out
 * 0.85× the synthetic one; after a minute's rest both were alike — docs/benchmark.md).
 */
export async function inLockstep(servers: Running[], urlsOf: (r: Running) => string[]): Promise<Got[][]> {
  const lists = servers.map(urlsOf);
  const out: Got[][] = servers.map(() => []);
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++)
    for (const [s, r] of servers.entries()) {
      const url = lists[s]![i];
      if (url !== undefined) out[s]!.push(await get(r.base + url));
    }
  return out;
}

/** Latencies, one request at a time, the servers in lockstep: whole-catalogue representations, cold comparisons, provision pages, search. */
export async function measureLatencies(servers: Running[], o: Options) {
  console.log("whole-catalogue representations …");
  const wholeCatalogue = await inLockstep(servers, () => WHOLE_CATALOGUE);

  console.log(`${o.cold} cold comparisons on each …`);
  const cold = await inLockstep(servers, (r) => comparisonUrls(r.slugs, o.cold, 1));

  console.log("provision pages and search …");
  const provisionFirst = await inLockstep(servers, () => ["/provisions/ip-theft"]);
  type ProvisionJson = { total: number; pages: number; wordings: { agreement: { slug: string } }[] };
  const provisionJsons: ProvisionJson[] = [];
  for (const r of servers) provisionJsons.push((await (await fetch(`${r.base}/api/v1/provisions/ip-theft`)).json()) as ProvisionJson);
  const provisionUrlsOf = (s: number) => {
    const provisionJson = provisionJsons[s]!;
    const urls: string[] = [];
    for (let page = 1; page <= Math.min(provisionJson.pages, 10); page++)
      urls.push(`/provisions/ip-theft?page=${page}`, `/provisions/ip-theft?against=previous&page=${page}`);
    for (const w of provisionJson.wordings.slice(0, 10)) urls.push(`/provisions/ip-theft?ref=${w.agreement.slug}`);
    for (const key of ["norms", "senior-experts-group", "hotline", "investigation-cooperation", "timely-responses", "international-law"])
      urls.push(`/provisions/${key}`);
    return urls;
  };
  const provisions = await inLockstep(servers, (r) => provisionUrlsOf(servers.indexOf(r)));
  // The same query on four pages of results (or past the last): each URL is new to the server's cache.
  const searchUrls = SEARCH_QUERIES.flatMap((q) => [q, q, q, q]).map(
    (q, i) => `/search?q=${encodeURIComponent(q)}${i % 4 ? `&page=${(i % 4) + 1}` : ""}`,
  );
  const searches = await inLockstep(servers, () => searchUrls);
  const errors = (results: Got[]) => results.filter((res) => res.status !== 200).length;
  return servers.map((_, s) => ({
    wholeCatalogue: WHOLE_CATALOGUE.map((path, i) => ({ path, ...wholeCatalogue[s]![i]! })),
    cold: percentiles(cold[s]!.map((res) => res.ms)),
    provisionFirstMs: provisionFirst[s]![0]!.ms,
    provisionCold: percentiles(
      provisions[s]!.map((res) => res.ms),
      errors(provisions[s]!),
    ),
    provisionWordings: provisionJsons[s]!.total,
    searchCold: percentiles(
      searches[s]!.map((res) => res.ms),
      errors(searches[s]!),
    ),
  }));
}
