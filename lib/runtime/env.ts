// The environment, validated once. next.config.ts imports this module, so a bad value stops the server
// at start instead of failing deep inside a request. Nothing else reads process.env directly.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default("file:./data/pactdiff.db")
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\/[^\s]+$/.test(url), {
      message: "must be a SQLite file URL such as file:./data/pactdiff.db or postgresql://user:pass@host:5432/db",
    }),
  // Lets the end-to-end tests build into their own folder without touching the developer's .next.
  PACTDIFF_DIST_DIR: z
    .string()
    .regex(/^\.next[\w-]*$/, "must be a folder name starting with .next")
    .default(".next"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  // Unset: the origin actually served, http://localhost:$PORT, so links and embeds work on any port.
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
});

export type Env = Omit<z.infer<typeof envSchema>, "SITE_URL"> & {
  SITE_URL: string;
  /** True when SITE_URL was not set and is the served port's localhost origin. */
  siteUrlFromPort: boolean;
};

let cached: Env | undefined;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    SITE_URL: source.SITE_URL || undefined,
    PACTDIFF_DIST_DIR: source.PACTDIFF_DIST_DIR || undefined,
    PORT: source.PORT || undefined,
    HOSTNAME: source.HOSTNAME || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const { SITE_URL, ...rest } = parsed.data;
  return { ...rest, SITE_URL: SITE_URL ?? `http://localhost:${rest.PORT}`, siteUrlFromPort: SITE_URL === undefined };
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** SQLite for file: URLs (the embedded default), PostgreSQL for postgres:// and postgresql:// URLs. */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** The SQLite file path of a file: URL, for tools that need the file itself. */
export function sqliteFilePath(url: string = databaseUrl()): string {
  return url.replace(/^file:/, "");
}
