// The version poll against a real database: a new import is noticed, unknown ids are refused from the
// known list, and an outage keeps the last state instead of failing every request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { agreement, files } from "@/test/catalogue-fixtures";
import { freshDatabase } from "@/test/fresh-db";
import { importCatalogue } from "@/scripts/lib/catalogue/import";
import { parseCatalogue } from "@/scripts/lib/catalogue/load";
import { onVersionChange, versionExists, versionState } from "./dataset-version";
import { databaseOutageActive, resetOutageState } from "./outage";

// The process singletons (lib/runtime/process-state.ts) the module reads: its client and its state.
const PRISMA = Symbol.for("pactdiff.prisma");
const VERSION = Symbol.for("pactdiff.dataset-version");
const root = globalThis as unknown as Record<symbol, unknown>;
let prisma: PrismaClient;
let saved: unknown;

beforeAll(async () => {
  prisma = (await freshDatabase("version_poll")).prisma;
  saved = root[PRISMA];
  root[PRISMA] = { client: prisma };
  root[VERSION] = undefined;
});
afterAll(async () => {
  root[PRISMA] = saved;
  root[VERSION] = undefined;
  resetOutageState();
  await prisma?.$disconnect();
});

describe("versionState", () => {
  it("reads an empty catalogue as no current version", async () => {
    expect(await versionState(0)).toMatchObject({ current: null, known: new Set() });
  });

  it("notices a new import on the next reading and tells the listeners", async () => {
    const changes: (string | null)[] = [];
    const stop = onVersionChange((id) => changes.push(id));
    const first = await importCatalogue(prisma, parseCatalogue(files(agreement())));
    expect((await versionState(0)).current).toBe(first.versionId);
    const second = await importCatalogue(prisma, parseCatalogue(files({ ...agreement(), summary: "Changed." })));
    // Within the poll interval the last reading stands; a reading older than maxAge asks the database.
    expect((await versionState(60_000)).current).toBe(first.versionId);
    const state = await versionState(0);
    expect(state.current).toBe(second.versionId);
    expect([...state.known].sort()).toEqual([first.versionId, second.versionId].sort());
    expect(changes).toEqual([first.versionId, second.versionId]);
    // Re-importing the first files makes that version current again.
    await importCatalogue(prisma, parseCatalogue(files(agreement())));
    expect((await versionState(0)).current).toBe(first.versionId);
    stop();
  });

  it("knows a staged version (its preview links are served) without making it current or changing the epoch", async () => {
    const before = await versionState(0);
    const staged = await importCatalogue(prisma, parseCatalogue(files({ ...agreement(), summary: "Staged." })), new Date(), {
      stage: true,
    });
    const after = await versionState(0);
    expect(after.current).toBe(before.current);
    expect(after.epoch).toBe(before.epoch);
    expect(after.known.has(staged.versionId)).toBe(true);
    expect([...after.staged]).toEqual([staged.versionId]);
  });

  it("answers whether a version exists from the known list", async () => {
    const { current } = await versionState(0);
    expect(await versionExists(current ?? "")).toBe(true);
    expect(await versionExists("0123456789ab")).toBe(false);
    expect(await versionExists("not-a-version")).toBe(false);
  });

  it("keeps the last state while the database cannot be read, and reports the outage", async () => {
    resetOutageState();
    const before = await versionState(0);
    let reconnects = 0;
    root[PRISMA] = {
      client: {
        datasetVersion: { findFirst: () => Promise.reject(new Error("Can't reach database server at 127.0.0.1:5432")) },
        $disconnect: async () => void reconnects++,
      },
    };
    try {
      expect((await versionState(0)).current).toBe(before.current);
      expect(databaseOutageActive()).toBe(true);
      // The connections are dropped so that the next reading opens new ones (a restored file, a restarted server).
      expect(reconnects).toBe(1);
    } finally {
      root[PRISMA] = { client: prisma };
    }
  });

  it("reads once for many callers at a time", async () => {
    let reads = 0;
    const counting = new Proxy(prisma, {
      get: (target, prop) =>
        prop === "datasetVersion"
          ? {
              ...target.datasetVersion,
              findFirst: (...args: Parameters<typeof target.datasetVersion.findFirst>) => (
                reads++,
                target.datasetVersion.findFirst(...args)
              ),
            }
          : Reflect.get(target, prop),
    });
    root[PRISMA] = { client: counting };
    try {
      await Promise.all(Array.from({ length: 20 }, () => versionState(0)));
      expect(reads).toBe(1);
    } finally {
      root[PRISMA] = { client: prisma };
    }
  });
});
