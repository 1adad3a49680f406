import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffText } from "@/components/compare/diff-text";
import { Pager, pageParam } from "@/components/ui/pager";
import type { TitledAgreementRef } from "@/lib/changes/changes";
import {
  CHANGED_PAGE_SIZE,
  CHANGES_TEXT_BUDGET,
  changedPage,
  lineageChanges,
  parseRange,
  versionChanges,
  type AgreementChange,
  type LineageChange,
  type ListChange,
} from "@/lib/changes/version-diff";
import { versionExists, versionState } from "@/lib/runtime/dataset-version";
import { VersionNote } from "@/components/site/version-note";
import { agreementHref } from "@/lib/urls";
import { textAttributes } from "@/lib/text/direction";

// Two versions never change, so neither does this page: rendered once, kept by the front.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ range: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(range: string) {
  const parsed = parseRange(range);
  if (!parsed) return null;
  const [a, b] = await Promise.all([versionExists(parsed.from), versionExists(parsed.to)]);
  return a && b ? parsed : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const range = await load((await params).range);
  if (!range) return { title: "Unknown dataset versions", robots: { index: false } };
  const diff = await versionChanges(range.from, range.to);
  return {
    title: `Changes ${range.from}…${range.to}`,
    description: `${diff.added.length} agreements added, ${diff.changed.length} changed, ${diff.removed.length} removed between dataset versions ${range.from} and ${range.to}.`,
    alternates: { canonical: `/changes/${range.from}...${range.to}` },
  };
}

function Items({ title, items }: { title: string; items: ListChange[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold">{title}</h4>
      <ul className="mt-1 grid gap-1 text-sm">
        {items.map((item, i) => (
          <li key={i} className={item.kind === "added" ? "text-ins" : "text-del"}>
            <span className="font-semibold">{item.kind === "added" ? "Added: " : "Removed: "}</span>
            {item.kind === "added" ? <ins className="no-underline">{item.text}</ins> : <del>{item.text}</del>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Agreements added or removed, each linked to the version that has it. */
function AgreementList({
  id,
  title,
  agreements,
  version,
}: {
  id: string;
  title: string;
  agreements: TitledAgreementRef[];
  version: string;
}) {
  if (agreements.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {agreements.map((a) => (
          <li key={a.slug}>
            <a href={agreementHref(a.slug, version)}>{a.shortTitle}</a>: {a.title}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Wordings whose closest earlier wording shifted: what the provision pages' lineage now says, and said before. */
function Lineage({ changes, from, to }: { changes: LineageChange[]; from: string; to: string }) {
  if (changes.length === 0) return null;
  const link = (ref: LineageChange["before"], v: string) =>
    ref ? <a href={agreementHref(ref.slug, v)}>{ref.shortTitle}</a> : <span>none (first of its line)</span>;
  return (
    <section aria-labelledby="lineage" className="mt-6">
      <h2 id="lineage" className="font-serif text-2xl font-semibold">
        Closest earlier wording changed
      </h2>
      <p className="mt-1 text-sm text-muted">
        On the provision pages, each wording names the earlier one it shares most words with (<a href="/methodology#lineage">how</a>); this
        import changed it for these.
      </p>
      <ul className="mt-2 list-disc pl-6">
        {changes.map((c) => (
          <li key={`${c.provision.key}/${c.agreement.slug}`}>
            <a href={`/provisions/${c.provision.key}?v=${to}`}>{c.provision.label}</a>, {c.agreement.shortTitle}: was {link(c.before, from)}
            , now {link(c.after, to)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Changed({ change, from, to }: { change: AgreementChange; from: string; to: string }) {
  return (
    <li className="rounded-lg border border-rule bg-white p-4" data-agreement={change.agreement.slug}>
      <h3 className="font-serif text-xl font-semibold">
        <a href={agreementHref(change.agreement.slug, to)}>{change.agreement.shortTitle}</a>
      </h3>
      {change.fields.length ? (
        <dl className="mt-2 grid gap-1 text-sm">
          {change.fields.map((f) => (
            <div key={f.field}>
              <dt className="inline font-semibold">{f.field}: </dt>
              <dd className="inline">
                <del>{f.before || "(none)"}</del> → <ins>{f.after || "(none)"}</ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {change.texts.length ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">Clause texts</h4>
          <ul className="mt-1 grid gap-3">
            {change.texts.map((t, i) => (
              <li key={i} className="border-l-2 border-rule pl-3">
                <p className="text-sm text-muted">
                  {t.provision} · {t.clause} · <span lang="en">{t.language}</span> · {t.kind} · {t.provenance}
                </p>
                {t.diff?.ok ? (
                  <DiffText parts={t.diff.parts} lang={t.language} />
                ) : t.kind === "added" ? (
                  <p {...textAttributes(t.language)}>
                    <ins>{t.after}</ins>
                  </p>
                ) : t.kind === "removed" ? (
                  <p {...textAttributes(t.language)}>
                    <del>{t.before}</del>
                  </p>
                ) : (
                  <p {...textAttributes(t.language)}>
                    {t.after}
                    {t.diff && !t.diff.ok ? <span className="text-sm text-muted"> ({t.diff.message})</span> : null}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {change.omittedTexts ? (
        <p className="mt-3 rounded bg-warn-bg px-3 py-2 text-sm">
          {change.omittedTexts} more changed clause {change.omittedTexts === 1 ? "text is" : "texts are"} not shown: this page shows at most{" "}
          {CHANGES_TEXT_BUDGET.toLocaleString("en")} characters of clause text. Read the agreement{" "}
          <a href={agreementHref(change.agreement.slug, from)}>as it was</a> and{" "}
          <a href={agreementHref(change.agreement.slug, to)}>as it is</a>.
        </p>
      ) : null}
      <Items title="Scope readings" items={change.scope} />
      <Items title="Events and assessments" items={change.events} />
      <Items title="Corrections" items={change.corrections} />
    </li>
  );
}

export default async function VersionDiffPage({ params, searchParams }: Props) {
  const range = await load((await params).range);
  if (!range) notFound();
  const diff = await versionChanges(range.from, range.to);
  const page = pageParam(await searchParams, diff.changed.length, CHANGED_PAGE_SIZE);
  const [changed, lineage] = await Promise.all([changedPage(diff, page), lineageChanges(range.from, range.to)]);
  const pages = Math.max(1, Math.ceil(diff.changed.length / CHANGED_PAGE_SIZE));
  const base = `/changes/${range.from}...${range.to}`;
  const { staged } = await versionState();
  const preview = [range.to, range.from].find((id) => staged.has(id));
  return (
    <div>
      {preview ? <VersionNote version={{ id: preview, isLatest: false, isPreview: true }} latest="/changes" /> : null}
      <p className="text-sm">
        <Link prefetch={false} href="/changes">
          ← All dataset versions
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">
        What changed from <code className="font-mono">{range.from}</code> to <code className="font-mono">{range.to}</code>
      </h1>
      <p className="mt-2 text-muted" role="status">
        {diff.added.length} added · {diff.changed.length} changed · {diff.removed.length} removed · {diff.unchanged} unchanged.{" "}
        <Link prefetch={false} href={`/changes/${range.to}...${range.from}`}>
          Reverse
        </Link>
      </p>
      <AgreementList id="added" title="Added" agreements={diff.added} version={range.to} />
      <AgreementList id="removed" title="Removed" agreements={diff.removed} version={range.from} />
      {diff.changed.length ? (
        <section aria-labelledby="changed" className="mt-6">
          <h2 id="changed" className="font-serif text-2xl font-semibold">
            Changed
          </h2>
          <ul className="mt-3 grid gap-4">
            {changed.map((c) => (
              <Changed key={c.agreement.slug} change={c} from={range.from} to={range.to} />
            ))}
          </ul>
          <Pager label="Pages of changed agreements" page={page} pages={pages} href={(n) => (n === 1 ? base : `${base}?page=${n}`)} />
        </section>
      ) : null}
      <Lineage changes={lineage} from={range.from} to={range.to} />
      {diff.added.length + diff.removed.length + diff.changed.length + lineage.length === 0 ? (
        <p className="mt-6">Nothing changed in the agreements between these versions.</p>
      ) : null}
    </div>
  );
}
