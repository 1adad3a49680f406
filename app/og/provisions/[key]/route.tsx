// GET /og/provisions/{key} — the 1200×630 preview image of a provision page: its label, how many agreements
// word it over which years, and the first wordings with their similarity to the reference. Rendered on
// request (proxy.ts lets only known provisions and versions through), cached per version by server.ts.
import { previewImage } from "@/lib/og/fonts";
import { parseProvisionState } from "@/lib/compare/provision-state";
import { getProvisionView } from "@/lib/data/provision-view";
import { cacheControlFor } from "@/lib/http-cache";
import { OG_COLOURS, OG_FRAME } from "@/lib/og/frame";

export const dynamic = "force-dynamic";

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const parsed = parseProvisionState((await params).key, new URL(request.url).searchParams);
  if (!parsed.ok) return new Response(`${parsed.message}\n`, { status: parsed.status });
  const result = await getProvisionView({ ...parsed.state, page: 1 });
  if (result.kind !== "ok") return new Response("Unknown provision", { status: 404 });
  const { view } = result;
  const first = view.options.agreements[0];
  const last = view.options.agreements.at(-1);
  const years =
    first && last
      ? first.date.slice(0, 4) === last.date.slice(0, 4)
        ? first.date.slice(0, 4)
        : `${first.date.slice(0, 4)}–${last.date.slice(0, 4)}`
      : "";
  const shown = view.rows.slice(0, 6);
  return previewImage(
    <div style={OG_FRAME}>
      <div style={{ display: "flex", fontSize: 28, color: OG_COLOURS.accent, letterSpacing: 2 }}>
        PACTDIFF · ONE PROVISION ACROSS THE CATALOGUE
      </div>
      <div style={{ display: "flex", fontSize: 52, marginTop: 20, lineHeight: 1.1 }}>{clip(view.provision.label, 70)}</div>
      <div style={{ display: "flex", fontSize: 30, marginTop: 14, color: OG_COLOURS.muted }}>
        {`${view.total} ${view.total === 1 ? "agreement words" : "agreements word"} it, ${years}. Similarity to ${view.reference?.shortTitle ?? "the earliest"}:`}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 18 }}>
        {shown.map((r) => {
          const pct = r.isReference ? 100 : r.step.diff?.ok ? Math.round(r.step.diff.similarity * 100) : null;
          return (
            <div key={r.agreement.slug} style={{ display: "flex", alignItems: "center", fontSize: 28, marginTop: 8 }}>
              <span style={{ display: "flex", width: 420 }}>{clip(r.agreement.shortTitle, 26)}</span>
              <span style={{ display: "flex", width: 90, color: OG_COLOURS.muted }}>{r.agreement.date.slice(0, 4)}</span>
              <span
                style={{
                  display: "flex",
                  height: 22,
                  width: Math.max(4, ((pct ?? 0) / 100) * 420),
                  background: OG_COLOURS.accent,
                  borderRadius: 4,
                }}
              />
              <span style={{ display: "flex", marginLeft: 12 }}>
                {pct === null ? "not diffed" : r.isReference ? "reference" : `${pct}%`}
              </span>
            </div>
          );
        })}
      </div>
      {view.rows.length > shown.length ? (
        <div
          style={{ display: "flex", fontSize: 24, marginTop: "auto", color: OG_COLOURS.muted }}
        >{`and ${view.total - shown.length} more`}</div>
      ) : null}
    </div>,
    { width: 1200, height: 630, headers: { "cache-control": cacheControlFor(Boolean(parsed.state.v)) } },
  );
}
