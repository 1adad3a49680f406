// The provision page's state lives in the URL: /provisions/{key}?ref=&against=&party=&year=&form=&page=&v=
// This module is its one parser (lib/urls.ts writes it) (page, proxy, API, embed, preview image), on the site's
// one vocabulary of query parameters (lib/domain/params.ts): an unknown parameter is dropped, a malformed
// value is a 400 (a version that is not one a 404) with what the value may be, never the default in silence.
import { keySchema, type ProvisionState } from "@/lib/domain/schema";
import { readQuery, type QueryInput } from "@/lib/domain/params";

export { provisionHref } from "../urls";

export type { ProvisionState } from "@/lib/domain/schema";

export const PROVISION_KEY = keySchema.max(60);

export type ProvisionParse = { ok: true; state: ProvisionState } | { ok: false; status: 400 | 404; message: string };

const NOT_A_KEY = "A provision key is lowercase words joined by hyphens, such as ip-theft.";

/** The state of a provision page, or why the address cannot be one. */
export function parseProvisionState(key: string, query: QueryInput = {}): ProvisionParse {
  const k = PROVISION_KEY.safeParse(key);
  if (!k.success) return { ok: false, status: 404, message: NOT_A_KEY };
  const read = readQuery(query, ["ref", "against", "party", "year", "form", "page", "v"]);
  if (!read.ok) return { ok: false, status: read.problem.status, message: read.problem.message };
  const { against = "reference", page = 1, ...rest } = read.values;
  return { ok: true, state: { key: k.data, against, page, ...rest } };
}
