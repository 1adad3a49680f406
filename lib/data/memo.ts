// Reads of one dataset version never change, so they are kept by version id: a new import is a new key,
// nothing is ever invalidated. Bounded in entries (LRU); a failed read is not kept. Shared by every copy
// of this module in the process (server.ts's proxy checks and Next.js's pages) through globalThis.
import { LRUCache } from "lru-cache";

const KEY = Symbol.for("pactdiff.version-memo");
const root = globalThis as unknown as Record<symbol, LRUCache<string, Promise<unknown>> | undefined>;
// ~2,000 entries: a few versions' agreement lists and details of a catalogue of hundreds.
const memo = (root[KEY] ??= new LRUCache<string, Promise<unknown>>({ max: 2_000 }));

export function memoByVersion<T>(versionId: string, key: string, load: () => Promise<T>): Promise<T> {
  const k = `${versionId}\n${key}`;
  const hit = memo.get(k) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load();
  memo.set(k, pending);
  pending.catch(() => memo.delete(k));
  return pending;
}
