"use client";
import type { ReactNode } from "react";

/**
 * The phone's contents bar: a disclosure that stays at the top of the screen and closes when the reader picks
 * an article, so the article is not hidden under the list. Without JavaScript it stays open until closed.
 */
export function ContentsBar({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  return (
    <details
      className="sticky top-0 z-10 -mx-4 mb-4 border-b border-rule bg-paper px-4 py-2 lg:hidden print:hidden"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a")) event.currentTarget.open = false;
      }}
    >
      <summary className="cursor-pointer py-2 font-semibold">{summary}</summary>
      {children}
    </details>
  );
}
