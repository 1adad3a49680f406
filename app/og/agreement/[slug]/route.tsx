// GET /og/agreement/{slug}[?v=] — the preview image of an agreement page: its title, parties, date, how
// many clauses and in which form (verbatim, truncated copy, paraphrase, translation), pinned with v=.
import { previewImage } from "@/lib/og/fonts";
import { readQuery } from "@/lib/domain/params";
import { slugSchema } from "@/lib/domain/schema";
import { getAgreementBySlug } from "@/lib/data/agreements";
import { resolveVersion } from "@/lib/data/versions";
import { formatPartialDate } from "@/lib/format";
import { cacheControlFor } from "@/lib/http-cache";
import { OG_COLOURS as C, OG_SIZE, OG_FRAME } from "@/lib/og/frame";

export const dynamic = "force-dynamic";

const notFound = (text: string) =>
  new Response(`${text}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug;
  const read = readQuery(new URL(request.url).searchParams, ["v"]);
  if (!read.ok) return notFound(read.problem.message);
  if (!slugSchema.safeParse(slug).success) return notFound("Not an agreement.");
  const version = await resolveVersion(read.values.v);
  if (!version) return notFound("Unknown dataset version.");
  const agreement = await getAgreementBySlug(version.id, slug);
  if (!agreement) return notFound("Unknown agreement.");
  const texts = agreement.clauses.flatMap((c) => c.texts);
  const forms: [number, string, string][] = [
    [texts.filter((t) => t.form === "verbatim" && !t.isTranslation).length, "verbatim text", "verbatim texts"],
    [texts.filter((t) => t.form === "truncated").length, "truncated copy", "truncated copies"],
    [texts.filter((t) => t.form === "paraphrase").length, "paraphrase", "paraphrases"],
    [texts.filter((t) => t.isTranslation).length, "translation", "translations"],
    [texts.filter((t) => t.confidence === "unconfirmed").length, "unconfirmed wording", "unconfirmed wordings"],
  ];
  const provenance = forms
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
    .join(" · ");

  return previewImage(
    <div style={OG_FRAME}>
      <div style={{ display: "flex", fontSize: 28, color: C.accent, letterSpacing: 2 }}>PACTDIFF · AGREEMENT</div>
      <div style={{ display: "flex", fontSize: 68, marginTop: 24, lineHeight: 1.1 }}>{agreement.shortTitle}</div>
      <div style={{ display: "flex", fontSize: 32, marginTop: 16, lineHeight: 1.25 }}>{agreement.title.slice(0, 140)}</div>
      <div style={{ display: "flex", fontSize: 28, color: C.muted, marginTop: 16 }}>
        {`${formatPartialDate(agreement.date)}  ·  ${agreement.parties
          .map((p) => p.name)
          .join(", ")
          .slice(0, 90)}`}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 32, padding: "20px 24px", background: C.soft, borderRadius: 12 }}>
        <div style={{ display: "flex", fontSize: 30 }}>{`${agreement.clauses.length} clauses, each with its source`}</div>
        <div style={{ display: "flex", fontSize: 26, color: C.muted, marginTop: 8 }}>{provenance}</div>
      </div>
      <div
        style={{ display: "flex", marginTop: "auto", fontSize: 24, color: C.muted }}
      >{`Dataset version ${version.id}${version.isLatest ? "" : version.isPreview ? " (preview — not published)" : " (pinned)"}`}</div>
    </div>,
    { ...OG_SIZE, headers: { "cache-control": cacheControlFor(read.values.v !== undefined), "x-dataset-version": version.id } },
  );
}
