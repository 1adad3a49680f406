import { AgreementHeader } from "@/components/agreements/agreement-header";
import { ClauseList } from "@/components/agreements/clause-list";
import { Contents } from "@/components/agreements/contents";
import { isStructured } from "@/lib/compare/units";
import { ExtentNote } from "@/components/agreements/extent-note";
import { CorrectionList } from "@/components/agreements/correction-list";
import { EventList } from "@/components/agreements/event-list";
import { ScopeList } from "@/components/agreements/scope-list";
import { CiteBox } from "@/components/cite/cite-box";
import { ComparePicker } from "@/components/compare/compare-picker";
import { agreementCiteTarget } from "@/lib/cite/targets";
import type { AgreementDetail, AgreementSummary } from "@/lib/domain/schema";
import type { DatasetVersionInfo } from "@/lib/data/versions";
import { formatPartialDate, readoutKindLabel } from "@/lib/format";
import { VersionNote } from "@/components/site/version-note";
import { JsonLd } from "@/components/site/json-ld";
import { agreementJsonLd } from "@/lib/catalogue/json-ld";
import { provisionFeed } from "@/lib/catalogue/meta";
import { env } from "@/lib/runtime/env";
import { reuseHref } from "@/lib/urls";

/** The whole agreement page, for the latest data or a pinned dataset version. */
export function AgreementView({
  agreement,
  version,
  all,
}: {
  agreement: AgreementDetail;
  version: DatasetVersionInfo;
  all: AgreementSummary[];
}) {
  const structured = isStructured(agreement.clauses);
  const pin = version.isLatest ? "" : `?v=${version.id}`;
  const articles = agreement.clauses.filter((c) => c.number !== null).length;
  const sections = [
    ["clauses", structured ? `Text (${articles} articles)` : `Clauses (${agreement.clauses.length})`],
    ...(agreement.readouts.length ? [["readouts", `Readouts (${agreement.readouts.length})`]] : []),
    ["scope", "Scope"],
    ["timeline", "Timeline"],
    ...(agreement.corrections.length ? [["corrections", `Corrections (${agreement.corrections.length})`]] : []),
  ];

  return (
    <article>
      {[...new Map(agreement.clauses.flatMap((c) => (c.provision ? [[c.provision.key, c.provision] as const] : []))).values()]
        .map(provisionFeed)
        .map((feed) => (
          <link key={feed.url} rel="alternate" type="application/atom+xml" title={feed.title} href={feed.url} />
        ))}
      <JsonLd data={agreementJsonLd(agreement, version, env().SITE_URL)} />
      <VersionNote version={version} latest={`/agreements/${agreement.slug}`} />
      <AgreementHeader agreement={agreement} />
      <nav aria-label="On this page" className="mt-6 border-y border-rule py-2 text-sm">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-6">
        <ComparePicker agreements={all} selected={[agreement.slug]} heading={`Compare ${agreement.shortTitle} with…`} />
      </div>

      <section aria-labelledby="clauses" className="mt-8">
        <h2 id="clauses" className="mb-4 font-serif text-2xl font-semibold">
          {structured ? "Text" : "Clauses"}
        </h2>
        {agreement.extent ? <ExtentNote extent={agreement.extent} /> : null}
        <p className="mb-4 text-sm">
          <a href={reuseHref(agreement.slug, version.isLatest ? undefined : version.id)}>
            Text reuse: where this wording is found elsewhere
          </a>
        </p>
        {structured ? (
          <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
            <Contents clauses={agreement.clauses} />
            <ClauseList clauses={agreement.clauses} date={agreement.date} pin={pin} />
          </div>
        ) : (
          <ClauseList clauses={agreement.clauses} date={agreement.date} pin={pin} />
        )}
      </section>

      {agreement.readouts.length ? (
        <section aria-labelledby="readouts" className="cv-auto mt-10">
          <h2 id="readouts" className="mb-2 font-serif text-2xl font-semibold">
            Readouts
          </h2>
          <p className="mb-4 max-w-3xl text-muted">
            Each party&apos;s own account of the agreement, as issued or spoken. They are not the agreed text:{" "}
            <a href={`/agreements/${agreement.slug}/readouts${version.isLatest ? "" : `?v=${version.id}`}`}>
              compare them side by side, word by word
            </a>
            .
          </p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {agreement.readouts.map((r) => (
              <li key={r.key} className="rounded-lg border border-rule bg-white p-3 text-sm">
                <span className="font-semibold">{r.party?.name ?? "Outlet"}</span>: {r.issuedBy}
                <span className="block text-muted">
                  {readoutKindLabel(r.kind)} · <time dateTime={r.date}>{formatPartialDate(r.date)}</time> · {r.clauses.length}{" "}
                  {r.clauses.length === 1 ? "statement" : "statements"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="scope" className="cv-auto mt-10">
        <h2 id="scope" className="mb-4 font-serif text-2xl font-semibold">
          Scope
        </h2>
        <p className="mb-4 max-w-3xl text-muted">
          What the agreement covers, category by category. Where the text is silent and officials or the press read it one way, both
          readings are shown with their evidence.
        </p>
        <ScopeList scope={agreement.scope} />
      </section>

      <section aria-labelledby="timeline" className="cv-auto mt-10">
        <h2 id="timeline" className="mb-4 font-serif text-2xl font-semibold">
          Timeline
        </h2>
        <EventList events={agreement.events} />
      </section>

      {agreement.corrections.length ? (
        <section aria-labelledby="corrections" className="cv-auto mt-10">
          <h2 id="corrections" className="mb-2 font-serif text-2xl font-semibold">
            Corrections
          </h2>
          <p className="mb-4 max-w-3xl text-muted">Claims about this agreement in circulation that the sources contradict.</p>
          <CorrectionList corrections={agreement.corrections} />
        </section>
      ) : null}

      <section aria-labelledby="data-heading" className="cv-auto mt-10 rounded-lg border border-rule bg-white p-4">
        <h2 id="data-heading" className="font-serif text-xl font-semibold">
          Data and citation
        </h2>
        <p className="mt-2 text-sm">
          Dataset version <code className="font-mono">{version.id}</code>
          {version.isLatest ? " (latest)" : " (pinned)"}, imported {version.importedAt.slice(0, 10)}.{" "}
          <a href={`/api/v1/agreements/${agreement.slug}?v=${version.id}`}>JSON</a> ·{" "}
          <a href={`/agreements/${agreement.slug}?v=${version.id}`}>Link pinned to this version</a> ·{" "}
          <a href={`/data/${version.id}.zip`}>Whole catalogue (data package)</a>
        </p>
        <CiteBox target={agreementCiteTarget(agreement, version)} />
      </section>
    </article>
  );
}
