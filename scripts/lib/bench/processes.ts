// Measuring a process tree for the catalogue-scale benchmark (scripts/bench-catalogue.ts): its memory, a
// timed run with its peak memory, and the files and bytes of a folder.
import { spawn, spawnSync } from "node:child_process";

export const files = (dir: string) =>
  new Set(spawnSync("find", [dir, "-type", "f"], { encoding: "utf8" }).stdout.split("\n").filter(Boolean));
export const du = (dir: string) => Number(spawnSync("du", ["-sb", dir], { encoding: "utf8" }).stdout.split("\t")[0] ?? 0);

/** Total RSS of a process and all its descendants, in MiB. */
export function treeRssMiB(root: number): number {
  const rows = spawnSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid!, [...(children.get(ppid!) ?? []), pid!]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid!, kb!]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Runs a command, timing it and sampling the peak memory of its process tree. */
export function timed(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, argv, { env, stdio: ["ignore", "ignore", "inherit"] });
    let peak = 0;
    const sampler = setInterval(() => child.pid && (peak = Math.max(peak, treeRssMiB(child.pid))), 250);
    child.on("exit", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`${command} ${argv.join(" ")} failed (${code})`));
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMiB: Math.round(peak) });
    });
  });
}
