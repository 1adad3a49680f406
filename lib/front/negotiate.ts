// Content negotiation for the front's compressed bodies: the `negotiator` library reads Accept-Encoding
// (q-values, q=0 refusals, `*`, case), and our preference breaks ties: brotli, then gzip, then none.
import Negotiator from "negotiator";

export const ENCODINGS = ["br", "gzip", "identity"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The encoding to send; identity when the client accepts nothing we have (it refused identity too). */
export function negotiateEncoding(acceptEncoding: string | string[] | null | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(", ") : (acceptEncoding ?? undefined);
  const chosen = new Negotiator({ headers: { "accept-encoding": header } }).encoding([...ENCODINGS], { preferred: [...ENCODINGS] });
  return ENCODINGS.find((e) => e === chosen) ?? "identity";
}
