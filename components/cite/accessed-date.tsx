"use client";
import { useSyncExternalStore } from "react";

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

const subscribe = () => () => {};

/**
 * The access date of a citation. Pages are cached per dataset version (pinned ones for good), so the server
 * renders the day it rendered; in the browser the reader's own today replaces it after hydration.
 */
export function AccessedDate({ rendered }: { rendered: string }) {
  const day = useSyncExternalStore(subscribe, today, () => rendered);
  return (
    <time dateTime={day} data-accessed="">
      {day}
    </time>
  );
}
