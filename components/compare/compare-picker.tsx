import Link from "next/link";
import { useId } from "react";
import { MAX_AGREEMENTS } from "@/lib/compare/state";
import { AgreementDatalist } from "./agreement-datalist";

const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5";

/**
 * Up to this many agreements, the picker offers them in <select>s; past it, a page would carry
 * MAX_AGREEMENTS copies of the whole catalogue, so the fields take a slug, with suggestions loaded on focus.
 */
export const SELECT_LIMIT = 40;

/**
 * A plain GET form to /compare?a=…&a=…, which the proxy redirects to /compare/{slug}/{slug}…: works
 * without JavaScript. The first choice is the base for differences.
 */
export function ComparePicker({
  agreements,
  selected = [],
  heading = "Compare agreements",
}: {
  agreements: { slug: string; shortTitle: string }[];
  selected?: readonly string[];
  heading?: string;
}) {
  const id = useId();
  const labels = ["First (base)", "Compare with", "And (optional)", "And (optional)"].slice(0, MAX_AGREEMENTS);
  const compact = agreements.length > SELECT_LIMIT;
  return (
    <form id={`${id}form`} action="/compare" method="get" className="rounded-lg border border-rule bg-white p-4" aria-label={heading}>
      <h2 className="text-lg font-semibold">{heading}</h2>
      {compact ? (
        <p className="mt-1 text-sm text-muted">
          Type an agreement&apos;s slug (such as <code className="font-mono">us-china-2015</code>) or pick from the suggestions; the{" "}
          <Link prefetch={false} href="/agreements">
            catalogue
          </Link>{" "}
          lists them all.
        </p>
      ) : null}
      <div className="mt-2 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {labels.map((label, i) => (
          <label key={i} className="block text-sm font-medium">
            {label}
            {compact ? (
              <input
                name="a"
                defaultValue={selected[i] ?? ""}
                list={`${id}options`}
                required={i < 2}
                autoComplete="off"
                spellCheck={false}
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                className={field}
              />
            ) : (
              <select name="a" defaultValue={selected[i] ?? ""} className={field} required={i < 2}>
                <option value="">{i < 2 ? "Choose…" : "None"}</option>
                {agreements.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.shortTitle}
                  </option>
                ))}
              </select>
            )}
          </label>
        ))}
      </div>
      {compact ? <AgreementDatalist id={`${id}options`} formId={`${id}form`} /> : null}
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" name="order" value="earliest" defaultChecked className="h-4 w-4" />
        Earliest first: the earliest agreement is the base, so differences read forwards in time
      </label>
      <button type="submit" className="mt-3 rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent/90">
        Compare
      </button>
    </form>
  );
}
