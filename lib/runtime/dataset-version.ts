// The current dataset version: what every unpinned page, embed and API answer shows, and the key of every
// cache. The database is the source of truth: each server process polls the id of the most recently
// activated version (one indexed single-row query, and a count of retired versions) and so notices a new import, on every instance, within
// POLL_MS, with no list of instances to notify and no token. server.ts starts the poll; pages and routes
// read the same state (a process singleton, lib/runtime/process-state.ts: Next.js bundles its own copy of
// this module), so the front's cache key and the version a page renders always agree.
//
// Known version ids are read once per change of the current version or of the number of retired versions
// (counts, polled with the current id): an unknown `v=` is answered 404 without a query, a retired one 410. While the database cannot be read, the last known state is kept (cached pages go on
// being served) and the outage is reported once a minute (lib/runtime/outage.ts).
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "./outage";
import { allVersionRows, currentActivation } from "../data/version-rows";
import { processSingleton, singleFlight, type SingleFlight } from "./process-state";

export const POLL_MS = 1_000;

export type VersionState = {
  /** The current version's id, or null for an empty catalogue. */
  current: string | null;
  /** Every version id in the database that can be read, for pinned links. */
  known: ReadonlySet<string>;
  /** Versions retired by a curator (npm run db:retire): their links answer 410 with when and why. */
  retired: ReadonlyMap<string, Retirement>;
  /** Versions staged by a curator (npm run db:stage): served at their preview links only, marked as such. */
  staged: ReadonlySet<string>;
  /** The counts the list was read at: read again when any changes. */
  counts: string;
  /**
   * The current version and when it became current ("id@ms"): the key of caches of anything that tells
   * the catalogue's history (the changelog, feeds), which differs when an older version becomes current
   * again even though its data does not, and when a version is retired.
   */
  epoch: string;
  checkedAt: number;
};

export type Retirement = { at: string; reason: string };

type Holder = { state?: VersionState; reading: SingleFlight<VersionState>; listeners: Set<(id: string | null) => void> };
const holder = (): Holder => processSingleton<Holder>("dataset-version", () => ({ reading: singleFlight(), listeners: new Set() }));

async function read(previous: VersionState | undefined): Promise<VersionState> {
  const { current: row, counts: c } = await currentActivation();
  const current = row?.id ?? null;
  // Staging a version changes no live page: it is not in the epoch, only in the counts that refresh the list.
  const epoch = `${row ? `${row.id}@${row.activatedAt.getTime()}` : "-"}${c.retired ? `-r${c.retired}` : ""}`;
  const counts = `${c.all}/${c.retired}/${c.staged}`;
  if (previous && previous.epoch === epoch && previous.counts === counts && (current === null || previous.known.has(current))) {
    return { ...previous, checkedAt: Date.now() };
  }
  const all = await allVersionRows();
  const retired = new Map<string, Retirement>();
  for (const v of all) if (v.retiredAt) retired.set(v.id, { at: v.retiredAt.toISOString(), reason: v.retiredReason ?? "" });
  const live = all.filter((v) => !v.retiredAt);
  const staged = new Set(live.filter((v) => v.stagedAt).map((v) => v.id));
  return { current, known: new Set(live.map((v) => v.id)), retired, staged, counts, epoch, checkedAt: Date.now() };
}

/**
 * The version state, read from the database when the last reading is older than maxAgeMs (one reading
 * at a time however many ask). Throws only when the database cannot be read and nothing was ever read.
 */
export async function versionState(maxAgeMs = POLL_MS): Promise<VersionState> {
  const h = holder();
  if (h.state && Date.now() - h.state.checkedAt < maxAgeMs) return h.state;
  return h.reading("state", async () => {
    try {
      const next = await read(h.state);
      const before = h.state?.epoch;
      h.state = next;
      if (before !== undefined && before !== next.epoch) for (const listener of h.listeners) listener(next.current);
      return next;
    } catch (error) {
      if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error);
      if (!h.state) throw error;
      return h.state;
    }
  });
}

export async function currentVersionId(): Promise<string | null> {
  return (await versionState()).current;
}

/** The last state read, without waiting (null before the first reading). */
export function lastVersionState(): VersionState | null {
  return holder().state ?? null;
}

/** True when `id` names a version in the database (as of the last reading). */
export async function versionExists(id: string): Promise<boolean> {
  return /^[0-9a-f]{12}$/.test(id) && (await versionState()).known.has(id);
}

/** Calls `listener` with the current id each time a version becomes current (a new one, or an older one again). */
export function onVersionChange(listener: (id: string | null) => void): () => void {
  holder().listeners.add(listener);
  return () => holder().listeners.delete(listener);
}

/** Reads the version every intervalMs in the background (server.ts), so that an idle instance is current too. */
export function startVersionPolling(intervalMs = POLL_MS): () => void {
  const timer = setInterval(() => void versionState(intervalMs / 2).catch(() => undefined), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
