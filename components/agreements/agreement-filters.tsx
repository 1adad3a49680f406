import Form from "next/form";
import Link from "next/link";
import type { ParsedFilters } from "@/lib/catalogue/filters";
import type { FilterOptions } from "@/lib/data/agreements";
import { formLabel } from "@/lib/format";

const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5 text-base";

/** A plain GET form: works without JavaScript, and with it navigates without a full reload. */
export function AgreementFilters({ options, filters }: { options: FilterOptions; filters: ParsedFilters }) {
  const select = (name: keyof ParsedFilters, label: string, choices: { value: string; label: string }[]) => (
    <label className="block text-sm font-medium">
      {label}
      <select name={name} defaultValue={filters[name] === undefined ? "" : String(filters[name])} className={field}>
        <option value="">Any</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Form
      prefetch={false}
      action="/agreements"
      className="grid grid-cols-2 gap-3 rounded-lg border border-rule bg-white p-4 lg:grid-cols-3"
      aria-label="Filter agreements"
    >
      <label className="col-span-2 block text-sm font-medium lg:col-span-1">
        Search
        <input type="search" name="q" defaultValue={filters.q ?? ""} className={field} placeholder="e.g. hotline" />
      </label>
      {select(
        "party",
        "Party",
        options.parties.map((p) => ({ value: p.code, label: p.name })),
      )}
      {select(
        "year",
        "Year",
        options.years.map((y) => ({ value: String(y), label: String(y) })),
      )}
      {select(
        "form",
        "Form",
        options.forms.map((f) => ({ value: f, label: formLabel(f) })),
      )}
      {select(
        "scope",
        "Covers",
        options.scope.map((s) => ({ value: s.key, label: s.label })),
      )}
      {select(
        "provision",
        "Has provision",
        options.provisions.map((p) => ({ value: p.key, label: p.label })),
      )}
      <div className="col-span-2 flex items-end gap-4 lg:col-span-3">
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent/90">
          Apply filters
        </button>
        <Link prefetch={false} href="/agreements" className="py-2 text-sm">
          Clear
        </Link>
      </div>
    </Form>
  );
}
