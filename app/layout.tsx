import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/runtime/env";
import { COLOURS } from "@/lib/design-tokens";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: "Pactdiff — compare cyber agreements between states", template: "%s · Pactdiff" },
  description:
    "Compare cyber agreements between states clause by clause: what each pledges, what it leaves out, and when. Every clause and date with its source.",
  applicationName: "Pactdiff",
};

export const viewport: Viewport = { themeColor: COLOURS.paper, width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
