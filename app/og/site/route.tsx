// GET /og/site — the preview image of the home page: what Pactdiff is and how large the catalogue is.
import { previewImage } from "@/lib/og/fonts";
import { listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";
import { cacheControlFor } from "@/lib/http-cache";
import { OG_COLOURS as C, OG_SIZE, OG_FRAME } from "@/lib/og/frame";

export const dynamic = "force-dynamic";

export async function GET() {
  const version = await getLatestVersion();
  const agreements = version ? await listAgreements(version.id) : [];
  const years = agreements.map((a) => a.year);
  const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "";
  return previewImage(
    <div style={OG_FRAME}>
      <div style={{ display: "flex", fontSize: 72, fontWeight: 700 }}>
        Pact<span style={{ color: C.accent }}>diff</span>
      </div>
      <div style={{ display: "flex", fontSize: 52, marginTop: 24, lineHeight: 1.15 }}>
        Compare cyber agreements between states, clause by clause.
      </div>
      <div style={{ display: "flex", fontSize: 30, color: C.muted, marginTop: 24 }}>
        {`${agreements.length} agreements${span ? `, ${span}` : ""} · word-level differences · scope · dates · every clause with its source`}
      </div>
      <div style={{ display: "flex", marginTop: "auto", fontSize: 24, color: C.muted }}>
        {version ? `Dataset version ${version.id}` : ""}
      </div>
    </div>,
    { ...OG_SIZE, headers: { "cache-control": cacheControlFor(false), ...(version ? { "x-dataset-version": version.id } : {}) } },
  );
}
