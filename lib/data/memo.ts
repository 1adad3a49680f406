// Reads of one dataset version never change, so they are kept by version id: a new import is a new key,
// nothing is ever invalidated. Bounded in entries and in bytes (LRU, sizes estimated from the values' JSON);
// one read at a time per key however many ask; a failed read is not kept. Shared by every copy of this
// module in the process (the proxy's checks and Next.js's pages): lib/runtime/process-state.ts.
import { LRUCache } from "lru-cache";
import { processSingleton, singleFlight, type SingleFlight } from "../runtime/process-state";

export const MEMO_LIMITS = { maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 };

type Memo = { values: LRUCache<string, { value: unknown }>; loads: SingleFlight<unknown> };
const memo = processSingleton<Memo>("version-memo", () => ({
  values: new LRUCache<string, { value: unknown }>({
    max: MEMO_LIMITS.maxEntries,
    maxSize: MEMO_LIMITS.maxBytes,
    // UTF-16 in memory: about two bytes a character, plus the objects around them.
    sizeCalculation: (entry) => Math.max(64, 3 * (JSON.stringify(entry.value ?? null, mapsAsArrays)?.length ?? 0)),
  }),
  loads: singleFlight(),
}));

function mapsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value.entries()] : value;
}

export function memoByVersion<T>(versionId: string, key: string, load: () => Promise<T>): Promise<T> {
  const k = `${versionId}\n${key}`;
  const hit = memo.values.get(k);
  if (hit) return Promise.resolve(hit.value as T);
  return memo.loads(k, async () => {
    const value = await load();
    memo.values.set(k, { value });
    return value;
  }) as Promise<T>;
}

export function memoSize(): { entries: number; bytes: number } {
  return { entries: memo.values.size, bytes: memo.values.calculatedSize };
}
