// State one server process shares, and one promise shared by concurrent callers of the same work.
//
// Next.js bundles its own copy of a module next to the one server.ts imports (compiled apart by
// scripts/compile.mjs), so a plain module-level variable would exist twice: the front's version poll and the
// pages would each have their own Prisma client, outage memory and caches. processSingleton keeps each such
// value on globalThis, under Symbol.for("pactdiff.<key>"), created by whichever copy asks first.
//
// singleFlight gives concurrent callers of one key the same promise until it settles: one database read
// however many requests ask for it at once. A failed run is not kept: the next caller runs again.

/** The process's one value for `key`, created by `create` on first use. */
export function processSingleton<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(`pactdiff.${key}`)] ??= create());
}

/** Runs `run` for a key unless a run of that key is in flight, whose promise is then shared. */
export type SingleFlight<T> = (key: string, run: () => Promise<T>) => Promise<T>;

export function singleFlight<T>(): SingleFlight<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, run) => {
    const pending = inFlight.get(key);
    if (pending) return pending;
    // Called at once (a synchronous throw becomes the rejection); forgotten once it settles.
    const started = (async () => run())().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
