// GET /og/compare/{slug}/{slug}… — the 1200×630 preview image of a comparison (Open Graph / Twitter):
// the agreements, their dates, how far apart they are, and the words that differ in the featured provision
// (the vocabulary's featuredProvision: the IP-theft pledge).
// Rendered on request (proxy.ts lets only known comparisons through) and cached per version by server.ts;
// drawn with the fonts shipped with the app (lib/og/fonts.ts; no download). Honours v=.
import { directionOf } from "@/lib/text/direction";
import { previewImage } from "@/lib/og/fonts";
import { cacheControlFor } from "@/lib/http-cache";
import type { Row } from "@/lib/compare/align";
import { parseCompareState } from "@/lib/compare/state";
import { headlineCell } from "@/lib/compare/summary";
import { getComparison } from "@/lib/data/comparison";
import { formatPartialDate } from "@/lib/format";
import { OG_COLOURS as C, OG_FRAME } from "@/lib/og/frame";

export const dynamic = "force-dynamic";

/**
 * The changes of the cell whose figure the image quotes (the least similar to the base, as in the headline).
 * None for a right-to-left text: the image's renderer cannot join and order Arabic letters, and a wording
 * drawn wrong is worse than none (the page shows it).
 */
function changedPairs(row: Row | undefined): { from: string; to: string }[] {
  const cell = row ? headlineCell(row) : undefined;
  const diff = cell?.diff;
  if (!diff?.ok || directionOf(cell?.comparedIn ?? "en") === "rtl") return [];
  const pairs: { from: string; to: string }[] = [];
  diff.parts.forEach((p, i) => {
    const next = diff.parts[i + 1];
    if (p.kind === "delete") pairs.push({ from: p.text.trim(), to: next?.kind === "insert" ? next.text.trim() : "" });
    else if (p.kind === "insert" && diff.parts[i - 1]?.kind !== "delete") pairs.push({ from: "", to: p.text.trim() });
  });
  return pairs.slice(0, 3).map((p) => ({ from: clip(p.from), to: clip(p.to) }));
}

/** A changed phrase short enough for one line of the image. */
function clip(text: string, max = 34): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export async function GET(request: Request, { params }: { params: Promise<{ slugs: string[] }> }) {
  const parsed = parseCompareState((await params).slugs, new URL(request.url).searchParams);
  if (!parsed.ok)
    return new Response(parsed.kind === "invalid" ? `${parsed.message}\n` : "Not a comparison.\n", {
      status: parsed.kind === "invalid" ? parsed.status : 404,
    });
  const result = await getComparison(parsed.state);
  if (result.kind !== "ok") return new Response("Unknown agreement", { status: 404 });
  const { agreements, summary, rows } = result.comparison;
  const ip = rows.find((r) => r.provision.featuredAs !== null);
  const pairs = changedPairs(ip);
  const similarity = ip?.status.kind === "reworded" && ip.status.similarity !== null ? Math.round(ip.status.similarity * 100) : null;

  return previewImage(
    <div style={OG_FRAME}>
      <div style={{ display: "flex", fontSize: 28, color: C.accent, letterSpacing: 2 }}>PACTDIFF · CLAUSE-BY-CLAUSE COMPARISON</div>
      <div
        style={{
          display: "flex",
          flexWrap: "wrap",
          fontSize: agreements.length > 2 || agreements.map((a) => a.shortTitle).join("").length > 30 ? 52 : 64,
          marginTop: 24,
          lineHeight: 1.1,
        }}
      >
        {agreements.map((a, i) => (
          <span key={a.slug} style={{ display: "flex", marginRight: 18 }}>
            {i > 0 ? <span style={{ color: C.muted, marginRight: 18 }}>vs</span> : null}
            {a.shortTitle}
          </span>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: C.muted, marginTop: 16, lineHeight: 1.3 }}>
        {agreements.map((a) => formatPartialDate(a.date)).join("  ·  ")}
      </div>
      <div style={{ display: "flex", fontSize: 30, marginTop: 6, lineHeight: 1.3 }}>{summary.intervals[0] ?? ""}</div>
      {similarity !== null ? (
        <div
          style={{ display: "flex", flexDirection: "column", marginTop: 32, padding: "20px 24px", background: C.soft, borderRadius: 12 }}
        >
          <div
            style={{ display: "flex", fontSize: 30 }}
          >{`${ip?.provision.featuredAs}: ${similarity}% the same wording. Differences:`}</div>
          <div style={{ display: "flex", flexWrap: "wrap", fontSize: 30, marginTop: 10 }}>
            {pairs.map((p, i) => (
              <span key={i} style={{ display: "flex", marginRight: 28 }}>
                {p.from ? <span style={{ color: C.del, textDecoration: "line-through", marginRight: 10 }}>{p.from}</span> : null}
                {p.to ? <span style={{ color: C.ins, textDecoration: "underline" }}>{p.to}</span> : null}
              </span>
            ))}
          </div>
        </div>
      ) : (
        <div style={{ display: "flex", fontSize: 32, marginTop: 32 }}>{summary.headline}</div>
      )}
      {summary.headlineCaveats.length ? (
        <div
          style={{ display: "flex", marginTop: 14, fontSize: 26, color: C.warn }}
        >{`Note: the figure rests on ${summary.headlineCaveats.join("; ")}.`}</div>
      ) : null}
      <div style={{ display: "flex", marginTop: "auto", paddingTop: 20, fontSize: 26, color: C.muted }}>
        {summary.sentences.slice(0, summary.headlineCaveats.length ? 2 : 3).join("  ")}
      </div>
    </div>,
    { width: 1200, height: 630, headers: { "cache-control": cacheControlFor(Boolean(parsed.state.v)) } },
  );
}
