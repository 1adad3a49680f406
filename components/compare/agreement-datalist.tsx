"use client";
// The suggestions of the compact picker (catalogues too large for <select>s on every page): a <datalist>
// filled from the JSON API the first time one of the picker's fields gets focus. Without JavaScript the
// fields still take a slug, and an unknown one gets a 404 page with suggestions.
import { useEffect, useState } from "react";

type Option = { slug: string; shortTitle: string };

export function AgreementDatalist({ id, formId }: { id: string; formId: string }) {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form) return;
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      fetch("/api/v1/agreements")
        .then((r) => (r.ok ? r.json() : { agreements: [] }))
        .then((data: { agreements?: Option[] }) =>
          setOptions((data.agreements ?? []).map(({ slug, shortTitle }) => ({ slug, shortTitle }))),
        )
        .catch(() => (loaded = false));
    };
    form.addEventListener("focusin", load);
    return () => form.removeEventListener("focusin", load);
  }, [formId]);
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.slug} value={o.slug}>
          {o.shortTitle}
        </option>
      ))}
    </datalist>
  );
}
