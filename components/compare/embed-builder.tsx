"use client";
// Builds the embed code for this comparison: view, theme, rows and pinned-or-live, with a live preview
// and a copy button. Server-rendered with the defaults, so the code is there without JavaScript too; once
// chosen, the code is oEmbed's for the same embed (heights for the reader's screen width worked out on the server).
// A tool, not content: left out of print (data-print-omit, app/globals.css).
import { useEffect, useId, useRef, useState } from "react";
import { oneOf, THEMES, VIEWS, type Theme, type View } from "@/lib/domain/codes";
import { compareHref, embedHref } from "@/lib/urls";
import { embedSnippet } from "@/lib/embed/snippet";

type Props = {
  slugs: readonly string[];
  provisions: { key: string; label: string }[];
  site: string;
  versionId: string;
  initialView: View;
  title: string;
};

const select = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5";

export function EmbedBuilder({ slugs, provisions, site, versionId, initialView, title }: Props) {
  const id = useId();
  const [view, setView] = useState(initialView);
  const [theme, setTheme] = useState<Theme>("light");
  const [pinned, setPinned] = useState(true);
  const [rows, setRows] = useState<string[]>([]);
  const [copied, setCopied] = useState(false);
  const [height, setHeight] = useState(600);
  const preview = useRef<HTMLIFrameElement>(null);

  const src = embedHref(
    { slugs, view, diff: "words", v: pinned ? versionId : undefined, theme, rows: view === "clauses" ? rows : [] },
    site,
  );
  const v = pinned ? versionId : undefined;
  const local = embedSnippet({
    src,
    title,
    origin: new URL(site).origin,
    fallback: {
      page: `${site}${compareHref({ slugs, view, diff: "words", v })}`,
      image: `${site}/og/compare/${slugs.join("/")}${v ? `?v=${v}` : ""}`,
    },
  });
  const [answered, setAnswered] = useState<{ src: string; html: string } | null>(null);
  const code = answered?.src === src ? answered.html : local;

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/oembed?url=${encodeURIComponent(src)}&format=json${pinned ? "" : "&pinned=0"}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { html?: unknown } | null) => {
        if (typeof body?.html === "string") setAnswered({ src, html: body.html });
      })
      .catch(() => {});
    return () => controller.abort();
  }, [src, pinned]);

  useEffect(() => {
    function onMessage(e: MessageEvent<unknown>) {
      const data = e.data;
      if (e.source !== preview.current?.contentWindow || typeof data !== "object" || data === null) return;
      if (!("type" in data) || data.type !== "pactdiff:height" || !("height" in data)) return;
      const h = Number(data.height);
      if (Number.isFinite(h)) setHeight(Math.min(2000, Math.max(120, Math.ceil(h))));
    }
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      document.getElementById(`${id}-code`)?.focus();
    }
  }

  const toggleRow = (key: string) => setRows((r) => (r.includes(key) ? r.filter((k) => k !== key) : [...r, key]));

  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_1fr]" data-print-omit>
      <div className="space-y-3">
        <label className="block text-sm font-medium">
          View
          <select className={select} value={view} onChange={(e) => setView(oneOf(VIEWS, e.target.value) ?? "clauses")}>
            <option value="clauses">Clauses</option>
            <option value="scope">Scope</option>
            <option value="dates">Dates</option>
          </select>
        </label>
        <label className="block text-sm font-medium">
          Theme
          <select className={select} value={theme} onChange={(e) => setTheme(oneOf(THEMES, e.target.value) ?? "light")}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="auto">Follow the reader&apos;s system</option>
          </select>
        </label>
        <fieldset className="text-sm">
          <legend className="font-medium">Data</legend>
          <label className="mt-1 flex gap-2">
            <input type="radio" name={`${id}-pin`} checked={pinned} onChange={() => setPinned(true)} />
            Pinned to version {versionId} (the text never changes)
          </label>
          <label className="flex gap-2">
            <input type="radio" name={`${id}-pin`} checked={!pinned} onChange={() => setPinned(false)} />
            Live (always the latest data)
          </label>
        </fieldset>
        {view === "clauses" ? (
          <fieldset className="text-sm">
            <legend className="font-medium">Rows (none ticked: all)</legend>
            {provisions.map((p) => (
              <label key={p.key} className="flex gap-2">
                <input type="checkbox" checked={rows.includes(p.key)} onChange={() => toggleRow(p.key)} />
                {p.label}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      <div className="min-w-0 space-y-2">
        <label htmlFor={`${id}-code`} className="block text-sm font-medium">
          Embed code
        </label>
        <textarea
          id={`${id}-code`}
          readOnly
          value={code}
          rows={5}
          className="block w-full rounded border border-rule bg-white p-2 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
          <span aria-live="polite">{copied ? "Embed code copied" : "Copy embed code"}</span>
        </button>
        <p className="text-sm font-medium">Preview</p>
        <iframe
          ref={preview}
          src={src}
          title={`Preview: ${title}`}
          className="w-full rounded border border-rule bg-white"
          style={{ height }}
          loading="lazy"
        />
      </div>
    </div>
  );
}
