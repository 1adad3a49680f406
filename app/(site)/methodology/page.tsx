import type { Metadata } from "next";

// Rendered on request like every page: its links and preview use the origin served (SITE_URL), which
// is not known at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "How the figures are made",
  description:
    "How Pactdiff diffs wordings, computes similarity, picks the base of a comparison and the closest earlier wording, and what positions and bases of scope readings mean.",
  alternates: { canonical: "/methodology" },
};

/** The methodology page: linked wherever a similarity, a base, a position or a lineage is shown. */
export default function MethodologyPage() {
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <h1 className="font-serif text-3xl font-semibold">How the figures are made</h1>
      <section id="evidence" aria-labelledby="evidence-h" className="scroll-mt-4">
        <h2 id="evidence-h" className="font-serif text-2xl font-semibold">
          How quotations are checked
        </h2>
        <p className="mt-2">
          For every source it cites, Pactdiff keeps what was seen: the address, the title, publisher and date as the source shows them (or
          “not seen”), and the passages quoted from it, exactly as the copy has them. Every text shown as the wording of an agreement is
          checked against those passages before it is published: a text marked verbatim must be found, letter for letter, in a passage of a
          source it cites and in the same language; a cut copy (marked with “…”) must be cut exactly where the copy seen stops. A claim
          corrected on Pactdiff is quoted as the outlet circulated it. A text that fails is not published. Each source&apos;s page shows its
          passages with the quoted words highlighted and every text that cites it: follow any source link.
        </p>
      </section>
      <section id="diff" aria-labelledby="diff-h" className="scroll-mt-4">
        <h2 id="diff-h" className="font-serif text-2xl font-semibold">
          Word differences
        </h2>
        <p className="mt-2">
          Two wordings are compared word by word (Chinese and other languages written without spaces are first split into words). Words only
          in the base are <del className="bg-del-bg text-del">struck through</del>, words only in the other text are{" "}
          <ins className="bg-ins-bg text-ins">underlined</ins>. Texts are compared in English when both have it, else in the first language
          they share; a paraphrase is never diffed. Where a stored copy is cut short (it starts or ends with “…”), the words beyond the cut
          are not counted as changes: the copy does not say they are absent. Where a copy leaves words out in the middle (“ … ”), the other
          text&apos;s words there are shown as the copy&apos;s gap, “[…]”, never as deleted or inserted, and they do not count in the
          similarity or the headline: only the words both texts hold are compared. Diffs have fixed limits, so the same two texts always
          give the same result: texts over 20,000 characters are not diffed, and two texts that would need more than 1,500 word edits (fewer
          for long texts) are shown as too different for a word diff.
        </p>
      </section>
      <section id="similarity" aria-labelledby="similarity-h" className="scroll-mt-4">
        <h2 id="similarity-h" className="font-serif text-2xl font-semibold">
          Similarity (“88% similar”)
        </h2>
        <p className="mt-2">
          Similarity is the share of words the two wordings have in common, in order: twice the number of unchanged words divided by the
          words of both texts together (2 × same ÷ (words in A + words in B)). Identical wordings are 100%; a wording that keeps 40 of its
          50 words and adds 5 is 2×40 ÷ (50 + 45) = 84%. It measures wording, not meaning: dropping “knowingly” changes one word and a great
          deal of meaning. The headline of a comparison therefore names the changed content words first (such as “knowingly”) and leaves
          function words (“the”, “will” → “would”) to the end.
        </p>
      </section>
      <section id="articles" aria-labelledby="articles-h" className="scroll-mt-4">
        <h2 id="articles-h" className="font-serif text-2xl font-semibold">
          Article maps of treaties
        </h2>
        <p className="mt-2">
          Treaties are compared article by article, whatever their numbers: the UN convention&apos;s human-rights article was Art. 5 in a
          draft and is Art. 6 in the adopted text, and one treaty&apos;s paragraph can be another&apos;s whole article. A comparison of two
          treaties opens with their article map. Pairs a curator confirmed say so, with the kind of match (counterparts, renumbered, moved,
          split, merged) and who confirmed it. The other pairs are suggestions: the machine pairs the articles that share the most runs of
          five letters in the same language (at least 30% of both together), best pair first, each article once. Across languages it
          suggests nothing unless the catalogue holds a translation, and then it says so. Each pair is then diffed word by word, with its
          similarity.
        </p>
      </section>
      <section id="reuse" aria-labelledby="reuse-h" className="scroll-mt-4">
        <h2 id="reuse-h" className="font-serif text-2xl font-semibold">
          Text reuse (“92% of this wording is in it”)
        </h2>
        <p className="mt-2">
          For every clause or article, the machine looks through the whole catalogue, once for each dataset version, for passages of other
          documents in the same language that hold most of its wording. The share is how many of the passage&apos;s runs of five letters
          (case, spacing and punctuation set aside) the other passage also has: Malabo Art. 29(2)(b) is almost all found in Budapest Art. 7,
          which has its own opening words besides. Passages of under about 45 letters are left out, and shares under 40% are not shown.
          Shared wording points to copying or a common source; it does not say which came first — the dates do (“reuses” an earlier text,
          “reused in” a later one).
        </p>
      </section>
      <section id="base" aria-labelledby="base-h" className="scroll-mt-4">
        <h2 id="base-h" className="font-serif text-2xl font-semibold">
          The base of a comparison
        </h2>
        <p className="mt-2">
          The first agreement in a comparison&apos;s address is its base: every other column is diffed against it and every figure is
          “similar to” it. Change the order of the address to change the base. In 3- and 4-way comparisons the headline names the lowest
          similarity to the base and that pair&apos;s changes. A row present in only one agreement is “only in” that agreement; a row
          present in some but not all is “in some”.
        </p>
      </section>
      <section id="lineage" aria-labelledby="lineage-h" className="scroll-mt-4">
        <h2 id="lineage-h" className="font-serif text-2xl font-semibold">
          Closest earlier wording (lineage)
        </h2>
        <p className="mt-2">
          On a provision page, each wording is linked to the earlier wording in the catalogue (strictly earlier by date, in the same
          language) with which it shares the most words, whatever their order. A wording known only from a low-confidence quotation or a cut
          copy counts for less, so a firmly attested text is preferred; when such a weaker wording is still the closest, the page says what
          it rests on. An import that changes a closest earlier wording says so on its page of changes. That is a likely model, not a proven
          one: drafters can work from texts the catalogue does not hold. The similarity and the words dropped and added shown for the step
          are the word diff from that earlier wording.
        </p>
      </section>
      <section id="scope" aria-labelledby="scope-h" className="scroll-mt-4">
        <h2 id="scope-h" className="font-serif text-2xl font-semibold">
          Scope positions and bases
        </h2>
        <p className="mt-2">
          A scope reading says whether an agreement <strong>covers</strong> an activity (such as economic espionage),{" "}
          <strong>does not cover</strong> it (it is left out on purpose), or is <strong>silent</strong> on it. Each reading has a basis —
          the text itself, an official statement, a press reading or an expert reading — a confidence and its sources. An activity nobody
          assessed for an agreement is “Not assessed”, never counted as a difference. Scope differs only when the positions differ: the same
          position read from different evidence (the text for one, an official statement for another) is shown as “Same, on different
          evidence”.
        </p>
      </section>
      <section id="search" aria-labelledby="search-h" className="scroll-mt-4">
        <h2 id="search-h" className="font-serif text-2xl font-semibold">
          Search
        </h2>
        <p className="mt-2">
          Search looks through every clause text in every language, with the database&apos;s own full-text index, and ranks what it finds by
          relevance. The catalogue&apos;s vocabulary adds synonyms: “IP theft”, “hacking” or “economic espionage” also find the wordings of
          the provision and scope category they name. Clauses with the words you typed come before those found only through a synonym; each
          clause is one result, shown in the language you searched in when it is quoted in several.
        </p>
      </section>
    </article>
  );
}
