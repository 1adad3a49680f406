import type { ReactNode } from "react";

const tones = {
  neutral: "border-rule bg-white text-muted",
  accent: "border-accent/30 bg-accent-soft text-accent",
  warn: "border-warn/30 bg-warn-bg text-warn",
  good: "border-ins/30 bg-ins-bg text-ins",
  bad: "border-del/30 bg-del-bg text-del",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
