// The provision page's state lives in the URL: /provisions/{key}?ref=&against=&party=&year=&form=&page=&v=
// This module is its one parser (lib/urls.ts writes it) (page, proxy, API, embed, preview image). Junk and unknown
// values are dropped, never an error: the canonical URL says what was understood.
import { z } from "zod";
import { keySchema, slugSchema as slug, versionIdSchema as version, type ProvisionState } from "@/lib/domain/schema";
import { firstParam as first, type QueryInput } from "./state";

export { provisionHref } from "../urls";

export type { ProvisionState } from "@/lib/domain/schema";

export const PROVISION_KEY = keySchema.max(60);
const code = z.string().regex(/^[A-Z0-9]{2,8}$/);
const form = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/)
  .max(40);
const year = z
  .string()
  .regex(/^(19|20)\d\d$/)
  .transform(Number);
const page = z
  .string()
  .regex(/^[1-9]\d{0,4}$/)
  .transform(Number);

/** The state of a provision page (null: the key is not a provision key at all). */
export function parseProvisionState(key: string, query: QueryInput = {}): ProvisionState | null {
  const k = PROVISION_KEY.safeParse(key);
  if (!k.success) return null;
  const get = <T>(schema: z.ZodType<T, string>, name: string): T | undefined => {
    const parsed = schema.safeParse(first(query, name));
    return parsed.success ? parsed.data : undefined;
  };
  const state: ProvisionState = {
    key: k.data,
    ref: get(slug, "ref"),
    against: first(query, "against") === "previous" ? "previous" : "reference",
    party: get(code, "party"),
    year: get(year, "year"),
    form: get(form, "form"),
    page: get(page, "page") ?? 1,
    v: get(version, "v"),
  };
  return state;
}
