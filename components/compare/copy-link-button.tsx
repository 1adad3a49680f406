"use client";
import { useState } from "react";

/** Copies the address of one row of the comparison (current URL with #anchor) to the clipboard. */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    const url = new URL(window.location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.location.hash = anchor;
    }
  }
  return (
    <button
      type="button"
      onClick={() => void copy()}
      className="rounded border border-rule bg-white px-2 py-0.5 text-xs text-muted hover:border-accent hover:text-accent"
      aria-label={`Copy link to ${label}`}
    >
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </button>
  );
}
