import { describe, expect, it } from "vitest";
import { processSingleton, singleFlight } from "./process-state";

describe("processSingleton", () => {
  it("creates a key's value once, and keeps it where another copy of the module finds it", () => {
    let created = 0;
    const first = processSingleton("test-singleton", () => ({ n: ++created }));
    expect(processSingleton("test-singleton", () => ({ n: ++created }))).toBe(first);
    expect(created).toBe(1);
    // Another bundle's copy of a module reaches the same value through the process-wide symbol.
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for("pactdiff.test-singleton")]).toBe(first);
    expect(processSingleton("test-singleton-other", () => ({ n: ++created }))).toEqual({ n: 2 });
  });
});

describe("singleFlight", () => {
  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };

  it("gives concurrent callers of one key the same run; other keys run apart", async () => {
    const flight = singleFlight<string>();
    const gate = deferred<string>();
    let runs = 0;
    const run = () => (runs++, gate.promise);
    const callers = [flight("a", run), flight("a", run), flight("a", run)];
    const other = flight("b", async () => "b");
    expect(runs).toBe(1);
    gate.resolve("a");
    expect(await Promise.all(callers)).toEqual(["a", "a", "a"]);
    expect(await other).toBe("b");
  });

  it("runs again once the run settled, and keeps no failure", async () => {
    const flight = singleFlight<number>();
    let runs = 0;
    expect(await flight("k", async () => ++runs)).toBe(1);
    expect(await flight("k", async () => ++runs)).toBe(2);
    const failing = () => {
      runs++;
      throw new Error("down");
    };
    await expect(flight("k", failing)).rejects.toThrow("down");
    await expect(flight("k", async () => ++runs)).resolves.toBe(4);
  });

  it("shares a failure with every caller that was waiting on it", async () => {
    const flight = singleFlight<number>();
    const gate = deferred<number>();
    const callers = [flight("k", () => gate.promise), flight("k", () => Promise.resolve(1))];
    gate.reject(new Error("down"));
    for (const caller of callers) await expect(caller).rejects.toThrow("down");
  });
});
