// Data package builds of different versions run one at a time, with a short queue; past it, a clear 503.
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors";
import { BUILD_QUEUE, inTurn } from "./build";

describe("the data package build queue", () => {
  it("runs one build at a time, queues a few, and refuses the rest with a 503 instead of starting them", async () => {
    let active = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      inTurn(async () => {
        active++;
        most = Math.max(most, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        active--;
        return "built";
      });
    const accepted = Array.from({ length: BUILD_QUEUE.concurrent + BUILD_QUEUE.waiting }, work);
    const refused = work().catch((error: unknown) => error);
    const error = await refused;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    while (releases.length || active) {
      await new Promise((r) => setTimeout(r, 1));
      releases.shift()?.();
    }
    expect(await Promise.all(accepted)).toEqual(accepted.map(() => "built"));
    expect(most).toBe(BUILD_QUEUE.concurrent);
  });
});
