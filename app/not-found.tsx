import Link from "next/link";
import "./globals.css";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-4">There is nothing at this address.</p>
      <p className="mt-4">
        <Link href="/">Pactdiff home</Link> · <Link href="/agreements">All agreements</Link>
      </p>
    </main>
  );
}
