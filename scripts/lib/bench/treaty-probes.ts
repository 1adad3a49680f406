// In-process measures of the treaty-scale benchmark (scripts/bench-catalogue.ts --articles=K), each run in a
// Node.js process of its own so that the benchmark's own memory does not weigh on it:
//   tokenizer — the diff's tokenizer (diffTokens) on English texts of 1,000, 10,000 and 100,000 words and on
//     Chinese ones of 1,000 and 10,000 words (cut by the segmenter's dictionary), and word diffs of long texts;
//   reuse DIR — the version's reuse index (findReuse) over every clause text of the catalogue in DIR that the
//     import indexes (its agreements' own quoted texts), as scripts/lib/catalogue/reuse.ts gives it them.
// Started as `node --expose-gc --import tsx scripts/lib/bench/treaty-probes.ts …`; prints one line of JSON.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { diffClauseWords } from "@/lib/compare/word-diff";
import { findReuse, type Passage } from "@/lib/text/reuse-index";
import { diffTokens } from "@/lib/text/words";
import { loadCatalogue } from "../catalogue/load";
import { reword } from "./treaties";

export type TokenizerTiming = { language: string; words: number; tokens: number; ms: number; nsPerWord: number };
export type TokenizerProbe = { tokenizer: TokenizerTiming[]; wordDiff: { words: number; ms: number }[] };
export type ReuseProbe = { passages: number; found: number; seconds: number; loadSeconds: number; peakMiB: number };

const now = () => Number(process.hrtime.bigint()) / 1e6;
const gc = (globalThis as { gc?: () => void }).gc;

/** The median time of `run`, after one run to warm up: at least 5 runs and half a second, at most 200 runs. */
function medianMs(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let spent = 0; times.length < 200 && (times.length < 5 || spent < 500);) {
    gc?.(); // each run starts from a collected heap: what one run leaves is not paid by the next
    const start = now();
    run();
    const ms = now() - start;
    times.push(ms);
    spent += ms;
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** `count` words of the corpus in order, round and round (spaced scripts), with their line breaks. */
function spacedText(corpus: string[], count: number): string {
  const words = corpus.join("\n\n").split(" ");
  return Array.from({ length: count }, (_, i) => words[i % words.length]).join(" ");
}

/** Text of an unspaced script holding about `count` word tokens: the corpus repeated, then cut. */
function unspacedText(corpus: string[], count: number, language: string): string {
  const one = corpus.join("");
  const perChar = diffTokens(one, language).filter((t) => /\p{L}/u.test(t)).length / [...one].length;
  const chars = Math.round(count / perChar);
  return [...one.repeat(Math.ceil(chars / [...one].length))].slice(0, chars).join("");
}

async function tokenizerProbe(): Promise<TokenizerProbe> {
  const catalogue = await loadCatalogue("prisma/catalogue");
  const textsIn = (slug: string, language: (l: string) => boolean) =>
    catalogue.agreements
      .filter((a) => !slug || a.slug === slug)
      .flatMap((a) => [...a.clauses, ...a.readouts.flatMap((r) => r.clauses)])
      .flatMap((c) => c.texts.filter((t) => language(t.language) && t.form !== "paraphrase").map((t) => t.text));
  const english = textsIn("budapest-convention-2001", (l) => l === "en");
  const chinese = textsIn("", (l) => l.startsWith("zh"));
  const tokenizer: TokenizerTiming[] = [];
  const time = (language: string, words: number, text: string) => {
    const tokens = diffTokens(text, language).length;
    const ms = medianMs(() => diffTokens(text, language));
    tokenizer.push({ language, words, tokens, ms, nsPerWord: (ms * 1e6) / words });
  };
  for (const words of [1_000, 10_000, 100_000]) time("en", words, spacedText(english, words));
  // Not 100,000 Chinese words: Intl.Segmenter took 166 s over one such text here (2026-12-08), 57 ms at 10,000.
  if (chinese.length) for (const words of [1_000, 10_000]) time("zh", words, unspacedText(chinese, words, "zh"));
  // Word diffs of one long text against a copy with a few words changed, up to the diff's 20,000 characters.
  const wordDiff = [500, 1_000, 2_500].map((words) => {
    const text = spacedText(english, words);
    const other = reword(text, 11);
    return { words, ms: medianMs(() => diffClauseWords(text, other, "en")) };
  });
  return { tokenizer, wordDiff };
}

async function reuseProbe(dir: string): Promise<ReuseProbe> {
  const start = now();
  const catalogue = await loadCatalogue(dir);
  const passages: Passage[] = catalogue.agreements
    .flatMap((a) =>
      a.clauses.flatMap((c) =>
        c.texts.filter((t) => t.form !== "paraphrase").map((t) => ({ document: a.slug, language: t.language, text: t.text })),
      ),
    )
    .map((p, id) => ({ id, ...p }));
  gc?.();
  const indexStart = now();
  const found = findReuse(passages).length;
  const seconds = (now() - indexStart) / 1000;
  const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return { passages: passages.length, found, seconds, loadSeconds: (indexStart - start) / 1000, peakMiB };
}

/** Runs one probe in a process of its own and returns what it printed. */
export function runProbe<T>(args: string[]): Promise<T> {
  const file = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", file, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) return reject(new Error(`probe ${args.join(" ")} failed (${code})`));
      resolve(JSON.parse(last) as T);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what, dir] = process.argv.slice(2);
  const probe = what === "tokenizer" ? tokenizerProbe() : what === "reuse" && dir ? reuseProbe(dir) : null;
  if (!probe) throw new Error("usage: treaty-probes.ts tokenizer | reuse DIR");
  probe.then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
