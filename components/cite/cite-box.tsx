import {
  CITATION_FORMATS,
  CITATION_MEDIA,
  citationHref,
  cslItem,
  formattedReference,
  splitAtAccessed,
  type CiteTarget,
} from "@/lib/cite/cite";
import { env } from "@/lib/runtime/env";
import { LICENCE } from "@/lib/licence";
import { AccessedDate } from "./accessed-date";

/**
 * "Cite this": the formatted reference (pinned URL, dataset version, access date) and downloads of the
 * same citation as BibTeX, RIS and CSL-JSON for reference managers.
 */
export function CiteBox({ target, headingLevel = 3 }: { target: CiteTarget; headingLevel?: 2 | 3 }) {
  const item = cslItem(target, env().SITE_URL, new Date());
  const formatted = formattedReference(item);
  const [before, after] = splitAtAccessed(formatted);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="mt-4" data-testid="cite-box">
      <Heading id="cite-heading" className="font-serif text-lg font-semibold">
        Cite this
      </Heading>
      <p className="mt-2 max-w-3xl break-words rounded border border-rule bg-paper p-3 text-sm" aria-labelledby="cite-heading">
        <span data-citation="">
          {before}
          <AccessedDate rendered={formatted.accessed} />
          {after}
        </span>
      </p>
      <p className="mt-2 text-sm">
        Download:{" "}
        {CITATION_FORMATS.filter((f) => f !== "text").map((format, i) => (
          <span key={format}>
            {i > 0 ? " · " : ""}
            <a href={citationHref(target.pinnedPath, format)} download>
              {CITATION_MEDIA[format].label}
            </a>
          </span>
        ))}
        . Coding and notes:{" "}
        <a href={LICENCE.url} rel="license">
          {LICENCE.short}
        </a>
        ; quoted texts remain their publishers&apos;.
      </p>
    </div>
  );
}
