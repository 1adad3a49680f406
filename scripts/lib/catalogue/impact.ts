// What a catalogue would change for readers if it were published, against the published (current) version:
// agreements added, renamed and withdrawn, texts changed (with word diffs), the featured provision, and links
// that would break (which an import or a stage refuses). Printed by db:check and db:stage; db:stage adds what
// only two versions in the database can tell (./preview.ts: closest earlier wordings, headlines).
import type { PrismaClient } from "@prisma/client";
import { diffClauseWords } from "@/lib/compare/word-diff";
import type { Catalogue } from "./load";
import { answeredSlugs, currentVersion, publishedSlugs } from "./import";
import { releaseWarning } from "./warnings";

type Ref = { slug: string; title: string };
export type FileImpact = {
  currentId: string;
  /** The id of the published version these files are, when they are one: importing them again is an undo. */
  undoTo: string | null;
  added: Ref[];
  renamed: { from: string; to: string }[];
  withdrawn: { slug: string; reason: string }[];
  changed: { slug: string; texts: string[] }[];
  featured: { before: string; after: string } | null;
  broken: string[];
  /** The files changed but their `released` date is not later than the published version's (./warnings.ts). */
  release?: string | null;
};

type Text = { where: string; language: string; text: string };

/** The impact of publishing `catalogue`, or null when no version is published yet (everything is new). */
export async function fileImpact(prisma: PrismaClient, catalogue: Catalogue): Promise<FileImpact | null> {
  const current = await currentVersion(prisma);
  if (!current) return null;
  const versionId = current.id;
  const [rows, slugs, featured] = await Promise.all([
    prisma.agreement.findMany({
      where: { versionId },
      select: {
        slug: true,
        clauses: {
          where: { readoutPk: null },
          orderBy: { position: "asc" },
          select: { label: true, texts: { orderBy: { position: "asc" }, select: { language: true, text: true } } },
        },
      },
    }),
    publishedSlugs(prisma, versionId),
    prisma.provision.findFirst({ where: { versionId, featuredAs: { not: null } }, select: { key: true } }),
  ]);
  const before = new Map(rows.map((r) => [r.slug, r.clauses.flatMap((c) => c.texts.map((t) => ({ where: c.label, ...t })))]));
  const withdrawnBefore = new Set(
    await prisma.slugRedirect.findMany({ where: { versionId, toSlug: null }, select: { slug: true } }).then((r) => r.map((x) => x.slug)),
  );
  const answered = answeredSlugs(catalogue);
  const same = await prisma.datasetVersion.findUnique({
    where: { contentHash: catalogue.contentHash },
    select: { id: true, stagedAt: true, retiredAt: true },
  });
  const undoTo = same && !same.stagedAt && !same.retiredAt && same.id !== versionId ? same.id : null;
  const published = await prisma.datasetVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { contentHash: true, releasedOn: true },
  });
  const newKey = catalogue.vocabulary.featuredProvision.key;
  return {
    currentId: versionId,
    undoTo,
    added: catalogue.agreements.filter((a) => !slugs.has(a.slug) && !a.formerSlugs.some((s) => before.has(s))).map(ref),
    renamed: catalogue.agreements.flatMap((a) => a.formerSlugs.filter((s) => before.has(s)).map((from) => ({ from, to: a.slug }))),
    withdrawn: catalogue.vocabulary.withdrawn.filter((w) => !withdrawnBefore.has(w.slug)),
    changed: catalogue.agreements.flatMap((a) => {
      const was = before.get(a.slug) ?? a.formerSlugs.map((s) => before.get(s)).find(Boolean);
      const texts = was
        ? textChanges(
            was,
            a.clauses.flatMap((c) => c.texts.map((t) => ({ where: c.label, language: t.language, text: t.text }))),
          )
        : [];
      return texts.length ? [{ slug: a.slug, texts }] : [];
    }),
    featured: featured && featured.key !== newKey ? { before: featured.key, after: newKey } : null,
    // An undo (files published before) may take back agreements added since, as db:rollback does.
    broken: undoTo ? [] : [...slugs].filter((s) => !answered.has(s)).sort(),
    release: undoTo ? null : releaseWarning(catalogue.vocabulary.released, published, catalogue.contentHash),
  };
}

const ref = (a: { slug: string; title: string }): Ref => ({ slug: a.slug, title: a.title });

/** Each text whose words changed, added or removed, matched by clause label, language and order, as a line. */
export function textChanges(before: Text[], after: Text[]): string[] {
  const keyed = (texts: Text[]) => {
    const seen = new Map<string, number>();
    return texts.map((t) => {
      const k = `${t.where}\n${t.language}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
      return [`${k}\n${seen.get(k)}`, t] as const;
    });
  };
  const [was, is] = [new Map(keyed(before).map(([k, t]) => [k, t.text])), new Map(keyed(after))];
  const lines: string[] = [];
  for (const [k, t] of is) {
    const old = was.get(k);
    if (old === undefined) lines.push(`${t.where} (${t.language}): new text "${clip(t.text)}"`);
    else if (old !== t.text) lines.push(`${t.where} (${t.language}): ${wordDiff(old, t.text, t.language)}`);
  }
  for (const [k, t] of keyed(before)) if (!is.has(k)) lines.push(`${t.where} (${t.language}): text removed "${clip(t.text)}"`);
  return lines;
}

/** A word diff in text: [-deleted-] {+inserted+}, unchanged runs shortened to a few words either side. */
export function wordDiff(before: string, after: string, language: string): string {
  const diff = diffClauseWords(before, after, language);
  if (!diff.ok) return diff.message;
  return diff.parts
    .map((p) =>
      p.kind === "insert"
        ? `{+${p.text}+}`
        : p.kind === "delete"
          ? `[-${p.text}-]`
          : p.kind === "omitted"
            ? `[…${p.text}…]`
            : shorten(p.text),
    )
    .join("");
}

function shorten(text: string): string {
  const words = text.split(/(\s+)/);
  return words.length <= 13 ? text : `${words.slice(0, 6).join("")} … ${words.slice(-6).join("")}`;
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The report as lines, for a terminal. */
export function impactLines(impact: FileImpact): string[] {
  const lines = [`Impact against the published version ${impact.currentId}:`];
  if (impact.undoTo)
    lines.push(`  These files are the published version ${impact.undoTo}: importing them makes it current again (an undo).`);
  const list = (head: string, items: string[]) => {
    if (items.length) lines.push(`  ${head}:`, ...items.map((i) => `    ${i}`));
  };
  list(
    "Added",
    impact.added.map((a) => `${a.slug} (${a.title})`),
  );
  list(
    "Renamed (old links answer 301)",
    impact.renamed.map((r) => `${r.from} → ${r.to}`),
  );
  list(
    "Withdrawn (old links answer 410)",
    impact.withdrawn.map((w) => `${w.slug}: ${w.reason}`),
  );
  list(
    "Texts changed",
    impact.changed.flatMap((c) => c.texts.map((t) => `${c.slug}: ${t}`)),
  );
  if (impact.featured)
    list("Featured provision", [`${impact.featured.before} → ${impact.featured.after}: every comparison's headline changes`]);
  list("Links that would break (refused: list them under formerSlugs or withdrawn)", impact.broken);
  if (lines.length === 1 && !impact.undoTo) lines.push("  No agreement added, renamed, withdrawn or changed in its texts.");
  if (impact.release) lines.push(`  Warning: ${impact.release}`);
  return lines;
}
