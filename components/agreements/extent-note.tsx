import type { AgreementDetail } from "@/lib/domain/schema";

/** Whether the text below is the document's whole text or only the parts seen, and what was not seen. */
export function ExtentNote({ extent }: { extent: NonNullable<AgreementDetail["extent"]> }) {
  const whole = extent.value === "whole";
  return (
    <p className={`mb-4 max-w-3xl rounded p-3 text-sm [overflow-wrap:anywhere] ${whole ? "bg-white text-muted" : "bg-warn-bg text-warn"}`}>
      <strong>{whole ? "Whole text." : "Partial text: only the parts seen are shown."}</strong> {extent.note}
    </p>
  );
}
