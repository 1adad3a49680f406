// The benchmark's report (scripts/bench.ts): the table of every target's runs against the reference and nginx,
// first-load JS and Lighthouse, and the budgets of PRODUCT.md checked against them.
export type Run = { connections: number; rps: number; p50: number; p99: number; errors: number; bytesPerResponse: number };
export type Row = { key: string; label: string; path: string; status: number; wireBytes: number; runs: Run[]; nginx: Run[] };

export type FirstLoad = Record<string, { scripts: number; gzipBytes: number; inlineBytes: number }>;
export type Scores = Record<string, Record<string, number>> | string;
type Measured = { rows: Row[]; reference: Row; js: FirstLoad; lh: Scores; connections: number[] };

export const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : "–");

/** The markdown table: runs, nginx, first-load JS and Lighthouse. */
export function resultTable({
  rows,
  reference,
  js,
  lh,
  connections,
  pageTypes,
  lighthouseRuns,
}: Measured & { pageTypes: { key: string; label: string }[]; lighthouseRuns: number }): string[] {
  const lines: string[] = [];
  const head = [
    "target",
    "bytes (gzip)",
    ...connections.flatMap((c) => [`req/s @${c}`, `p50 ms @${c}`, `p99 ms @${c}`, `errors @${c}`]),
    ...connections.map((c) => `× ref @${c}`),
    ...connections.map((c) => `% nginx @${c}`),
  ];
  lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
  for (const row of rows) {
    const cells = [row.label, String(row.wireBytes)];
    for (const run of row.runs) cells.push(fmt(run.rps), fmt(run.p50), fmt(run.p99), String(run.errors));
    row.runs.forEach((run, i) => cells.push(`${(run.rps / reference.runs[i]!.rps).toFixed(2)}×`));
    row.runs.forEach((run, i) => cells.push(`${((run.rps / row.nginx[i]!.rps) * 100).toFixed(1)}%`));
    lines.push(`| ${cells.join(" | ")} |`);
  }
  lines.push("", "nginx, same bytes precompressed (the machine's limit):", "");
  lines.push(
    `| target | ${connections.map((c) => `req/s @${c} | p99 ms @${c}`).join(" | ")} |`,
    `|---|${connections.map(() => "---|---").join("|")}|`,
  );
  for (const row of rows) lines.push(`| ${row.label} | ${row.nginx.map((n) => `${fmt(n.rps)} | ${fmt(n.p99)}`).join(" | ")} |`);
  lines.push(
    "",
    "| page type | scripts | first-load JS (gzip bytes) | above the reference | inline script bytes |",
    "|---|---|---|---|---|",
  );
  for (const t of pageTypes) {
    const j = js[t.key]!;
    lines.push(
      `| ${t.label} | ${j.scripts} | ${j.gzipBytes} | ${t.key === "reference" ? "–" : j.gzipBytes - js.reference!.gzipBytes} | ${j.inlineBytes} |`,
    );
  }
  if (typeof lh === "string") lines.push("", `Lighthouse: ${lh}`);
  else {
    lines.push(
      "",
      `| Lighthouse (mobile), median of ${lighthouseRuns} runs | performance | accessibility | best practices | SEO |`,
      "|---|---|---|---|---|",
    );
    for (const [key, s] of Object.entries(lh))
      lines.push(`| ${key} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} |`);
  }

  return lines;
}

/** Each budget of PRODUCT.md, met or not, with what was measured. */
export function budgetsOf({ rows, reference, js, lh, connections }: Measured): { budget: string; ok: boolean; measured: string }[] {
  const byKey = (k: string) => rows.find((r) => r.key === k)!;
  const at = (row: Row, c: number) => row.runs[connections.indexOf(c)] ?? row.runs[0]!;
  const refAt = (c: number) => at(reference, c).rps;
  const budgets: { budget: string; ok: boolean; measured: string }[] = [];
  for (const k of ["agreement", "compare", "compare3", "provision", "search"]) {
    const row = byKey(k);
    for (const c of connections)
      budgets.push({
        budget: `${row.label}: req/s ≥ reference @${c}`,
        ok: at(row, c).rps >= refAt(c),
        measured: `${at(row, c).rps} vs ${refAt(c)}`,
      });
    budgets.push({ budget: `${row.label}: p99 < 100 ms @64`, ok: at(row, 64).p99 < 100, measured: `${fmt(at(row, 64).p99)} ms` });
  }
  const embed = byKey("embed");
  for (const c of connections) {
    const share = at(embed, c).rps / embed.nginx[connections.indexOf(c)]!.rps;
    budgets.push({ budget: `Embed: ≥ 15% of nginx @${c}`, ok: share >= 0.15, measured: `${(share * 100).toFixed(1)}%` });
  }
  budgets.push({ budget: "Embed: < 30 KB transferred", ok: embed.wireBytes < 30 * 1024, measured: `${embed.wireBytes} B` });
  budgets.push({
    budget: "Embed: no framework JS (external scripts), inline ≤ 4 KB",
    ok: js.embed!.scripts === 0 && js.embed!.inlineBytes <= 4096,
    measured: `${js.embed!.scripts} scripts, ${js.embed!.inlineBytes} B inline`,
  });
  const jsOver = js.compare!.gzipBytes - js.reference!.gzipBytes;
  budgets.push({ budget: "Compare first-load JS ≤ reference + 15 KB", ok: jsOver <= 15 * 1024, measured: `+${jsOver} B` });
  const appRows = rows.filter((r) => r.key !== "reference");
  budgets.push({
    budget: "No errors in any run of the app's targets",
    ok: appRows.every((r) => r.runs.every((x) => x.errors === 0)),
    measured: `${appRows.reduce((a, r) => a + r.runs.reduce((b, x) => b + x.errors, 0), 0)}`,
  });
  if (typeof lh !== "string") {
    for (const [key, s] of Object.entries(lh)) {
      // Embeds are noindex by design (the page they sit in is what should be found), so SEO is not theirs.
      const seoOk = key === "embed" || s.seo === 100;
      budgets.push({
        budget: `Lighthouse ${key}: perf ≥ 98, a11y/BP${key === "embed" ? "" : "/SEO"} 100`,
        ok: (s.performance ?? 0) >= 98 && s.accessibility === 100 && s["best-practices"] === 100 && seoOk,
        measured: `${s.performance}/${s.accessibility}/${s["best-practices"]}/${s.seo}`,
      });
    }
  }
  return budgets;
}
