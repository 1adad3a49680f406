import type { ProvisionView } from "@/lib/compare/provision";
import type { ProvisionState } from "@/lib/compare/provision-state";
import { formLabel, formatPartialDate } from "@/lib/format";

const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5 text-sm";

/** A labelled filter: "Any" first, then the values that occur. */
function Filter({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className={field}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The page's choices as a plain GET form: it works without JavaScript, and what it submits is the page's
 * own address (the reference, what to diff against, party, year, form; a pinned version stays pinned).
 */
export function ProvisionFilters({ view, state }: { view: ProvisionView; state: ProvisionState }) {
  const u = view.understood;
  return (
    <form
      method="get"
      action={`/provisions/${state.key}`}
      className="grid gap-3 rounded-lg border border-rule bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
    >
      <label className="text-sm font-medium sm:col-span-2">
        Diff against
        <select name="against" defaultValue={u.against} className={field}>
          <option value="reference">the reference wording</option>
          <option value="previous">the wording before it</option>
        </select>
      </label>
      <label className="text-sm font-medium sm:col-span-1 lg:col-span-2">
        Reference
        <select name="ref" defaultValue={u.ref ?? ""} className={field}>
          <option value="">Earliest ({view.options.agreements[0]?.shortTitle ?? "none"})</option>
          {view.options.agreements.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.shortTitle} ({formatPartialDate(a.date)})
            </option>
          ))}
        </select>
      </label>
      <Filter
        label="Party"
        name="party"
        value={u.party ?? ""}
        options={view.options.parties.map((p) => ({ value: p.code, label: p.name }))}
      />
      <Filter
        label="Year"
        name="year"
        value={u.year === undefined ? "" : String(u.year)}
        options={view.options.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Filter label="Form" name="form" value={u.form ?? ""} options={view.options.forms.map((f) => ({ value: f, label: formLabel(f) }))} />
      {state.v ? <input type="hidden" name="v" value={state.v} /> : null}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
          Show
        </button>
        <a href={`/provisions/${state.key}${state.v ? `?v=${state.v}` : ""}`} className="text-sm">
          Reset
        </a>
      </div>
    </form>
  );
}
