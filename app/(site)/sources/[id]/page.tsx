// What was seen of one source: /sources/{id}?v=. Its address, title, publisher and date as shown (or "not
// seen"), the passages quoted from it with the words the catalogue quotes highlighted, and every text and
// entry that cites it. proxy.ts answers unknown ids and versions with a 404 before this renders.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { getEvidence } from "@/lib/data/sources";
import { resolveVersion } from "@/lib/data/versions";
import { markQuotations } from "@/lib/evidence/quotation";
import { formatPartialDate, hostOf, languageLabel, sourceName, sourceTitle, textFormLabel } from "@/lib/format";
import { readQuery } from "@/lib/domain/params";
import { sourceHref } from "@/lib/urls";
import { VersionNote } from "@/components/site/version-note";
import { CiteBox } from "@/components/cite/cite-box";
import { canonicalPin, citationMetadata } from "@/lib/catalogue/meta";
import { sourceCiteTarget } from "@/lib/cite/targets";
import { env } from "@/lib/runtime/env";
import { textAttributes } from "@/lib/text/direction";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache(async (id: string, v: string | undefined) => {
  const version = await resolveVersion(v);
  const evidence = version ? await getEvidence(version.id, id) : null;
  return version && evidence ? { version, evidence } : null;
});

async function loadProps({ params, searchParams }: Props) {
  const read = readQuery(await searchParams, ["v"]);
  return read.ok ? load((await params).id, read.values.v) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await loadProps(props);
  if (!found) return { title: "Source not found", robots: { index: false } };
  const { evidence: e, version } = found;
  return {
    title: `${sourceName(e)}: ${sourceTitle(e)} (as seen)`,
    description: `What was seen of this source and the ${e.passages.length} passage(s) Pactdiff quotes from it, with every text that cites it.`,
    alternates: { canonical: sourceHref({ id: e.id, version: canonicalPin(version) }) },
    other: citationMetadata(sourceCiteTarget(e, version), env().SITE_URL),
  };
}

function Seen({ label, value, unseen = "not seen" }: { label: string; value: string | null; unseen?: string }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium">{label}</dt>
      <dd className={value ? "" : "text-muted italic"}>{value ?? unseen}</dd>
    </div>
  );
}

export default async function SourcePage(props: Props) {
  const found = await loadProps(props);
  if (!found) notFound();
  const { evidence: e, version } = found;
  const pin = version.isLatest ? "" : `?v=${version.id}`;
  return (
    <article className="max-w-3xl">
      {version.isPreview ? <VersionNote version={version} latest={sourceHref({ id: e.id })} /> : null}
      <p className="text-sm text-muted">Source as seen</p>
      <h1 className="font-serif text-3xl font-semibold">{e.title ?? `${sourceName(e)} (title not seen)`}</h1>
      {version.isPreview ? null : version.isLatest ? null : (
        <p className="mt-2 rounded bg-warn-bg p-2 text-sm">
          As recorded in dataset version <code className="font-mono">{version.id}</code>.{" "}
          <Link prefetch={false} href={sourceHref({ id: e.id })}>
            The current record
          </Link>
        </p>
      )}
      <dl className="mt-4 space-y-1 text-sm">
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">Address</dt>
          <dd className="break-all">
            {e.url ? (
              <a href={e.url} rel="noopener noreferrer external" data-print-bare>
                {e.url}
              </a>
            ) : (
              <span className="text-muted italic">not on the web</span>
            )}
          </dd>
        </div>
        <Seen label="Title" value={e.title} />
        <Seen
          label="Publisher"
          value={e.publisher}
          unseen={e.url ? `not seen (named by its address elsewhere: ${hostOf(e.url) ?? e.url})` : "not seen"}
        />
        <Seen label="Date" value={e.date ? formatPartialDate(e.date) : null} />
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">Copy seen</dt>
          <dd className={e.copied ? "" : "text-muted italic"}>
            {e.copied ? `made ${formatPartialDate(e.copied)}` : "date of the copy not recorded"}
          </dd>
        </div>
      </dl>
      {e.note ? <p className="mt-3">{e.note}</p> : null}

      <h2 className="mt-8 font-serif text-xl font-semibold" id="passages">
        Passages seen
      </h2>
      <p className="mt-1 text-sm text-muted">
        Byte for byte as the copy shows them. <mark>Highlighted</mark>: the words Pactdiff quotes.{" "}
        <Link prefetch={false} href="/methodology#evidence">
          How quotations are checked
        </Link>
        .
      </p>
      {e.passages.length === 0 ? (
        <p className="mt-3 text-muted">No passage of this source is quoted; it is cited for the facts listed below.</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {e.passages.map((p, i) => (
            <li key={i} id={`passage-${i + 1}`}>
              <p className="text-xs text-muted">
                Passage {i + 1} · {languageLabel(p.language)}
              </p>
              <blockquote {...textAttributes(p.language)} className="mt-1 border-s-4 border-rule ps-3 whitespace-pre-wrap">
                {markQuotations(p.text, e.texts).map((part, k) => (part.quoted ? <mark key={k}>{part.text}</mark> : part.text))}
              </blockquote>
            </li>
          ))}
        </ol>
      )}

      <h2 className="mt-8 font-serif text-xl font-semibold" id="cited-by">
        Texts that quote it
      </h2>
      {e.texts.length === 0 ? (
        <p className="mt-2 text-muted">No clause text cites this source.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {e.texts.map((t, i) => (
            <li key={i} className="rounded-lg border border-rule bg-white p-3">
              <p className="text-sm">
                <Link prefetch={false} href={`/agreements/${t.agreement.slug}${pin}`}>
                  {t.agreement.shortTitle}
                </Link>
                {` · ${t.readout ? `${t.readout}, ` : ""}${t.clauseLabel}${t.provision ? ` · ${t.provision.label}` : ""}${t.pinpoint ? ` · ${t.pinpoint}` : ""} `}
                <Badge>{textFormLabel(t.form)}</Badge>
                {t.isTranslation ? <Badge>Translation</Badge> : null}
              </p>
              <p {...textAttributes(t.language)} className="mt-1">
                {t.text}
              </p>
            </li>
          ))}
        </ul>
      )}
      {e.alsoCited.length ? (
        <>
          <h2 className="mt-8 font-serif text-xl font-semibold">Also cited for</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {e.alsoCited.map((a) => (
              <li key={a.agreement.slug}>
                <Link prefetch={false} href={`/agreements/${a.agreement.slug}${pin}`}>
                  {a.agreement.shortTitle}
                </Link>
                : {a.uses.join("; ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <section aria-labelledby="cite-heading" className="mt-8">
        <CiteBox target={sourceCiteTarget(e, version)} headingLevel={2} />
      </section>
    </article>
  );
}
