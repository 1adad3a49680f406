import { MAX_AGREEMENTS } from "@/lib/compare/state";

const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5";

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
  const labels = ["First (base)", "Compare with", "And (optional)", "And (optional)"].slice(0, MAX_AGREEMENTS);
  return (
    <form action="/compare" method="get" className="rounded-lg border border-rule bg-white p-4" aria-label={heading}>
      <h2 className="text-lg font-semibold">{heading}</h2>
      <div className="mt-2 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {labels.map((label, i) => (
          <label key={i} className="block text-sm font-medium">
            {label}
            <select name="a" defaultValue={selected[i] ?? ""} className={field} required={i < 2}>
              <option value="">{i < 2 ? "Choose…" : "None"}</option>
              {agreements.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.shortTitle}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="submit" className="mt-3 rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent/90">
        Compare
      </button>
    </form>
  );
}
