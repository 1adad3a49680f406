// Reads of one dataset version never change, so they are kept by version id: a new import is a new key,
// nothing is ever invalidated. Bounded in entries and in bytes (LRU, sizes estimated from the values' JSON);
// one read at a time per key however many ask; a failed read is not kept. Shared by every copy of this
// module in the process (the proxy's checks and Next.js's pages) through globalThis.
import { LRUCache } from "lru-cache";

export const MEMO_LIMITS = { maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 };

type Memo = { values: LRUCache<string, { value: unknown }>; pending: Map<string, Promise<unknown>> };
const KEY = Symbol.for("pactdiff.version-memo");
const root = globalThis as unknown as Record<symbol, Memo | undefined>;
const memo = (root[KEY] ??= {
  values: new LRUCache<string, { value: unknown }>({
    max: MEMO_LIMITS.maxEntries,
    maxSize: MEMO_LIMITS.maxBytes,
    // UTF-16 in memory: about two bytes a character, plus the objects around them.
    sizeCalculation: (entry) => Math.max(64, 3 * (JSON.stringify(entry.value ?? null, mapsAsArrays)?.length ?? 0)),
  }),
  pending: new Map(),
});

function mapsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value.entries()] : value;
}

export function memoByVersion<T>(versionId: string, key: string, load: () => Promise<T>): Promise<T> {
  const k = `${versionId}\n${key}`;
  const hit = memo.values.get(k);
  if (hit) return Promise.resolve(hit.value as T);
  const inFlight = memo.pending.get(k) as Promise<T> | undefined;
  if (inFlight) return inFlight;
  const pending = load()
    .then((value) => {
      memo.values.set(k, { value });
      return value;
    })
    .finally(() => memo.pending.delete(k));
  memo.pending.set(k, pending);
  return pending;
}

export function memoSize(): { entries: number; bytes: number } {
  return { entries: memo.values.size, bytes: memo.values.calculatedSize };
}
