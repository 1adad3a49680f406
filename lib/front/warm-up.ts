// The one-time costs of a process that the first reader of a kind of page would otherwise pay: ICU's word
// segmentation data (search splits Chinese into words), the first run of the search code (V8 compiles
// it lazily) and the first preparation of the index's statements. Paid once at start with a search
// rendered by Next.js over loopback, like the front's own fills, and thrown away: nothing is cached or
// memoised that a reader's request would not have made the same way, so no measured page is served early.
//
// It runs after the server listens: requests that arrive meanwhile are answered as usual. A failure (the
// database down at start) is nothing to report here: the page's own error is logged by Next.js.
import type { LoopbackFetch } from "./loopback";

export const WARM_UP_PATHS = ["/search?q=cyber"] as const;

export async function warmUp(
  origin: string,
  fill: { header: string; token: string },
  paths: readonly string[] = WARM_UP_PATHS,
  fetcher: LoopbackFetch = fetch,
): Promise<number> {
  let answered = 0;
  for (const path of paths) {
    try {
      const response = await fetcher(`${origin}${path}`, { headers: { [fill.header]: fill.token }, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.ok) answered++;
    } catch {
      // Nothing to do: a reader's request pays the cost instead.
    }
  }
  return answered;
}
