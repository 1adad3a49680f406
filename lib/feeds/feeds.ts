import "server-only";
// Atom feeds, written by the `feed` library: the catalogue's dataset versions and new agreements, and one
// feed per provision ("a new document uses the IP-theft formula"). Entries date from the import that
// brought them, so a reader subscribed today sees only what arrives after.
import { Feed } from "feed";
import { versionEntries } from "../changes/changes";
import { provenanceLine } from "../compare/provenance";
import type { ClauseText } from "../domain/schema";
import { memoByVersion } from "../data/memo";
import { readProvisionUses, type ProvisionUseRows } from "../data/provision-uses";
import { listExpressedProvisions } from "../data/provisions";
import { versionState } from "../runtime/dataset-version";
import { escapeHtml, html } from "../text/html";
import { LICENCE } from "../licence";

export const FEED_ENTRIES = 50;

// Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE/FFFF, lone surrogates): one of
// them, stored before the catalogue check refused them, would make the whole feed unreadable.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, "");
}

/**
 * The library writes titles and summaries as type="html": catalogue text goes in escaped, so that a reader
 * shows "R&D <b>" as those characters, never as markup.
 */
export function feedText(value: string): string {
  return escapeHtml(xmlSafe(value));
}

function newFeed(site: string, path: string, title: string, description: string, updated: Date): Feed {
  return new Feed({
    id: `${site}${path}`,
    title: xmlSafe(title),
    description: xmlSafe(description),
    link: site,
    language: "en",
    updated,
    generator: "Pactdiff",
    feedLinks: { atom: `${site}${path}` },
    author: { name: "Pactdiff", link: site },
    copyright: `Coding and notes: ${LICENCE.short} (${LICENCE.url}); quoted texts remain their publishers'.`,
  });
}

/** Dataset versions, newest first, and an entry for each agreement a version added. */
export async function changesFeed(site: string): Promise<string | null> {
  const { entries } = await versionEntries(1, FEED_ENTRIES);
  const newest = entries[0];
  if (!newest) return null;
  const feed = newFeed(
    site,
    "/feeds/changes.atom",
    "Pactdiff: what changed in the catalogue",
    "New dataset versions of the Pactdiff catalogue and the agreements they add.",
    new Date(newest.activatedAt),
  );
  for (const e of entries) {
    const date = new Date(e.activatedAt);
    const link = `${site}${e.changesPath ?? "/changes"}`;
    feed.addItem({
      id: `${site}/changes#${e.id}@${new Date(e.activatedAt).getTime()}`,
      title: feedText(`Dataset version ${e.id}: ${e.sentence}`),
      link,
      date,
      published: date,
      description: feedText(e.retired ? e.sentence : `${e.sentence} ${e.counts.agreements} agreements, ${e.counts.clauses} clauses.`),
      content: xmlSafe(
        e.retired
          ? html`<p>${e.sentence}</p>`.value
          : html`<p>${e.sentence}</p><p>${e.counts.agreements} agreements · ${e.counts.clauses} clauses · ${e.counts.texts} texts.</p><p><a href="${`${site}/data/${e.id}.zip`}">Data package of this version</a></p>`
              .value,
      ),
    });
    for (const a of e.added) {
      feed.addItem({
        id: `${site}/changes#${e.id}@${date.getTime()}/${a.slug}`,
        title: feedText(`${e.isNewImport ? "New agreement" : "Back in the catalogue"}: ${a.shortTitle}`),
        link: `${site}/agreements/${a.slug}?v=${e.id}`,
        date,
        published: date,
        description: feedText(a.title),
      });
    }
  }
  return feed.atom1();
}

type ProvisionUse = ProvisionUseRows["clauses"][number]["agreement"] & {
  firstVersion: string;
  firstImportedAt: Date;
  texts: ClauseText[];
};

/** Agreements that express a provision in the current version, each dated by the import that first had it. */
async function provisionUses(key: string): Promise<{ label: string; description: string; uses: ProvisionUse[] } | null> {
  const { current, epoch } = await versionState();
  if (!current) return null;
  // Kept per epoch: a retired version (its rows gone) must not stay linked as where an agreement first appeared.
  return memoByVersion(epoch, `provision-feed:${key}`, async () => {
    const found = await readProvisionUses(current, key);
    if (!found) return null;
    const first = new Map(found.firstUses.map((row) => [row.slug, { id: row.versionId, importedAt: row.importedAt }]));
    const uses = new Map<string, ProvisionUse>();
    for (const c of found.clauses) {
      const since = first.get(c.agreement.slug);
      if (!since) continue;
      const use = uses.get(c.agreement.slug) ?? { ...c.agreement, firstVersion: since.id, firstImportedAt: since.importedAt, texts: [] };
      use.texts.push(...c.texts);
      uses.set(c.agreement.slug, use);
    }
    const sorted = [...uses.values()].sort(
      (a, b) => b.firstImportedAt.getTime() - a.firstImportedAt.getTime() || a.slug.localeCompare(b.slug),
    );
    return { ...found.provision, uses: sorted.slice(0, FEED_ENTRIES) };
  });
}

/** The feed of one provision; null when no provision has that key. */
export async function provisionFeed(site: string, key: string): Promise<string | null> {
  const found = await provisionUses(key);
  if (!found) return null;
  const updated = found.uses[0]?.firstImportedAt ?? new Date(0);
  const feed = newFeed(
    site,
    `/feeds/provisions/${key}.atom`,
    `Pactdiff: documents with the provision “${found.label}”`,
    found.description,
    updated,
  );
  for (const use of found.uses) {
    const link = `${site}/agreements/${use.slug}?v=${use.firstVersion}`;
    feed.addItem({
      id: `${site}/agreements/${use.slug}#provision-${key}`,
      title: feedText(`${use.shortTitle} has the provision “${found.label}”`),
      link,
      date: use.firstImportedAt,
      published: use.firstImportedAt,
      description: feedText(use.title),
      content: xmlSafe(
        html`<p>${use.title}</p>${use.texts.map((t) => html`<blockquote lang="${t.language}">${t.text}</blockquote><p><small>${provenanceLine(t)}</small></p>`)}<p><a href="${`${site}/agreements?provision=${key}`}">Every agreement with this provision</a></p>`
          .value,
      ),
    });
  }
  return feed.atom1();
}

/** Keys and labels of the provisions some agreement of the current version expresses, for feed links. */
export async function provisionFeedList(): Promise<{ key: string; label: string }[]> {
  const { current } = await versionState();
  if (!current) return [];
  return memoByVersion(current, "provision-feed-list", () => listExpressedProvisions(current));
}
