import { jsonLdText } from "@/lib/catalogue/json-ld";

/** A schema.org description of the page as JSON-LD (escaped for a script element; the front hashes it for the CSP). */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
