// Database outages: recognised, reported once, remembered for a while.
//
// When the database is down (PostgreSQL refusing connections, a SQLite file or folder gone) every request
// that needs it fails the same way. The server then logs one clear line per minute, not a stack per
// request, and remembers the outage so that server.ts can answer pages Next.js could not render with
// 503 + Retry-After rather than 500. It also drops the shared Prisma client's connections (at most every
// few seconds), so that a SQLite file that was replaced or restored, or a PostgreSQL server that restarted,
// is read afresh by the next query: the app recovers without a restart. The state is a process singleton
// (lib/runtime/process-state.ts): Next.js bundles its own copy of this module next to the one server.ts imports.

import { statSync } from "node:fs";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./env";
import { reconnectSharedPrismaClient } from "./prisma-client";
import { processSingleton } from "./process-state";

const WINDOW_MS = 60_000;
const RECONNECT_MS = 2_000;
export const RETRY_AFTER_SECONDS = 30;

// SQLite (better-sqlite3) and PostgreSQL (pg, @prisma/adapter-pg) ways of saying "cannot reach the data".
const UNAVAILABLE = new RegExp(
  [
    "SQLITE_CANTOPEN",
    "SQLITE_BUSY",
    "SQLITE_NOTADB",
    "SQLITE_CORRUPT",
    "SQLITE_IOERR",
    "disk I/O error",
    "file is not a database",
    "unable to open database",
    "Cannot open database",
    "directory does not exist",
    "database disk image is malformed",
    "P1001",
    "P1017",
    "Connection terminated",
    "timeout exceeded when trying to connect",
    "terminating connection due to administrator command",
    "the database system is (starting up|shutting down|in recovery mode)",
    'database "[^"]+" does not exist',
    "password authentication failed",
    "too many clients already",
    "DatabaseNotReachable",
    "DatabaseDoesNotExist",
    "TooManyConnections",
    "SocketTimeout",
    "ConnectionClosed",
    "Can't reach database server",
  ].join("|"),
  "i",
);

type State = { until: number; lastLog: number; suppressed: number; lastReconnect: number };
const initial = (): State => ({ until: 0, lastLog: Number.NEGATIVE_INFINITY, suppressed: 0, lastReconnect: Number.NEGATIVE_INFINITY });
const state = (): State => processSingleton("outage", initial);

function field(object: object, name: string): unknown {
  const value: unknown = Reflect.get(object, name);
  return value;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // Prisma's and the drivers' errors carry a code, a kind, a cause or meta.driverAdapterError.
    const meta = field(error, "meta");
    const inner = [error.cause, typeof meta === "object" && meta !== null ? field(meta, "driverAdapterError") : undefined].filter(
      (x): x is Error => x instanceof Error,
    );
    const words = [error.name, error.message, field(error, "code"), field(error, "kind"), ...inner.map((x) => `${x.name} ${x.message}`)];
    return words.filter((w) => typeof w === "string").join(" ");
  }
  if (error && typeof error === "object") return JSON.stringify(error);
  return String(error);
}

// Network errors are the database's only when they name its address: a failed fetch of anything else (a web
// font, a URL a visitor typed into a parameter) is not an outage.
const NETWORK = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)\b/;

function databaseAddress(url: string): string[] {
  if (databaseProvider(url) !== "postgresql") return [];
  try {
    const { hostname, port } = new URL(url);
    const host = hostname.replace(/^\[|\]$/g, "");
    return [`${host}:${port || "5432"}`, ...(/^[\d.:]+$/.test(host) ? [] : [host])];
  } catch {
    return [];
  }
}

// A table that is not there. In a database with tables, a migration was not applied: a fault of the
// deployment, which the start refuses (lib/data/migrations.ts), never disguised as an outage. In a SQLite file
// that is empty or gone, the file was lost (truncated, deleted, replaced while serving): an outage.
const MISSING_TABLE = /no such table|TableDoesNotExist|does not exist in the current database|relation "[^"]+" does not exist/i;

/** True when the error says a table is not there (SQLite, PostgreSQL, or Prisma's words for either). */
export function isMissingTable(error: unknown): boolean {
  return MISSING_TABLE.test(describe(error));
}

function sqliteFileLost(url: string): boolean {
  if (databaseProvider(url) !== "sqlite") return false;
  try {
    return statSync(sqliteFilePath(url)).size === 0;
  } catch {
    return true;
  }
}

export function isDatabaseUnavailable(error: unknown, url: string = databaseUrl()): boolean {
  const text = describe(error);
  if (UNAVAILABLE.test(text)) return true;
  if (MISSING_TABLE.test(text)) return sqliteFileLost(url);
  return NETWORK.test(text) && databaseAddress(url).some((address) => text.includes(address));
}

/** Notes an outage; logs one line the first time in each minute, with the count of those not logged. */
export function reportDatabaseUnavailable(error: unknown, now = Date.now(), log: (line: string) => void = console.warn): void {
  const s = state();
  s.until = now + WINDOW_MS;
  if (now - s.lastReconnect >= RECONNECT_MS) {
    s.lastReconnect = now;
    void reconnectSharedPrismaClient();
  }
  if (now - s.lastLog < WINDOW_MS) {
    s.suppressed += 1;
    return;
  }
  // Prisma's messages open with "Invalid `prisma.x()` invocation:"; the line that says what is wrong is later.
  const lines = describe(error)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const saysWhat = (l: string) => (UNAVAILABLE.test(l) || MISSING_TABLE.test(l)) && !l.startsWith("Invalid `");
  const first = (lines.find(saysWhat) ?? lines[0] ?? "").slice(0, 200);
  const more = s.suppressed > 0 ? ` (${s.suppressed} more since the last report)` : "";
  log(`pactdiff: database unavailable: ${first}${more}. Cached pages are still served; anything else answers 503 until it is back.`);
  s.lastLog = now;
  s.suppressed = 0;
}

/** True while an outage was seen in the last minute. */
export function databaseOutageActive(now = Date.now()): boolean {
  return state().until > now;
}

/** Test hook. */
export function resetOutageState(): void {
  Object.assign(state(), initial());
}
