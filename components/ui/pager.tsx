import Link from "next/link";
import { readQuery, type QueryInput } from "@/lib/domain/params";

/** Previous / "Page N of M" / next links of a paged list; nothing when everything fits on one page. */
export function Pager({
  label,
  page,
  pages,
  href,
  previous = "← Previous",
  next = "Next →",
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previous?: string;
  next?: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)} rel="prev">
          {previous}
        </Link>
      ) : null}
      <span className="text-sm text-muted">{`Page ${page} of ${pages}`}</span>
      {page < pages ? (
        <Link prefetch={false} href={href(page + 1)} rel="next">
          {next}
        </Link>
      ) : null}
    </nav>
  );
}

/** The page a `?page=N` asks for: 1 when absent or malformed, never past the last. */
export function pageParam(query: QueryInput, total: number, pageSize: number): number {
  const read = readQuery(query, ["page"]);
  const last = Math.max(1, Math.ceil(total / pageSize));
  return Math.min((read.ok && read.values.page) || 1, last);
}
