import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { warmUp, WARM_UP_PATHS } from "./warm-up";

const FILL = { header: "x-test-fill", token: "secret" };
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function origin(answer: (req: IncomingMessage) => number, seen: IncomingMessage[]): Promise<string> {
  const server = createServer((req, res) => {
    seen.push(req);
    res.writeHead(answer(req)).end("page");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("warmUp", () => {
  it("renders a search through Next.js's loopback door (the fill header), so nothing lands in the front's cache", async () => {
    const seen: IncomingMessage[] = [];
    const answered = await warmUp(await origin(() => 200, seen), FILL);
    expect(answered).toBe(WARM_UP_PATHS.length);
    expect(seen.map((r) => r.url)).toEqual([...WARM_UP_PATHS]);
    expect(WARM_UP_PATHS.every((p) => p.startsWith("/search?q="))).toBe(true);
    expect(seen.every((r) => r.headers[FILL.header] === FILL.token)).toBe(true);
  });

  it("counts what failed and never throws: a 503 (database down) or nobody listening", async () => {
    const seen: IncomingMessage[] = [];
    expect(await warmUp(await origin(() => 503, seen), FILL, ["/search?q=a", "/search?q=b"])).toBe(0);
    expect(seen).toHaveLength(2);
    expect(await warmUp("http://127.0.0.1:9", FILL)).toBe(0);
  });
});
