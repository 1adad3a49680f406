// A graceful stop: SIGTERM while requests are in flight (uncached searches, so each one renders) answers every
// one of them — no reset — and then the process exits on its own, with code 0.
import { request as httpRequest, Agent } from "node:http";
import { expect, test } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";
import { spawnServer } from "./spawn-server";

function get(port: number, path: string, agent: Agent): Promise<string> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(String(res.statusCode)));
      res.on("error", (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
    req.end();
  });
}

for (const keepAlive of [false, true]) {
  test(`SIGTERM under load finishes every request in flight (keep-alive ${keepAlive ? "on" : "off"}), then exits`, async () => {
    test.setTimeout(60_000);
    const port = keepAlive ? 3106 : 3105;
    const server = await spawnServer(port, { DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp") });
    const agent = new Agent({ keepAlive, maxSockets: Infinity });
    const answers = Array.from({ length: 60 }, (_, i) =>
      get(port, `/search?q=cyber${i % 2 ? "" : "+theft"}&page=${(i % 5) + 1}&n=${i}`, agent),
    );
    await new Promise((r) => setTimeout(r, 30));
    const exited = new Promise<number | null>((resolve) => server.process.once("exit", resolve));
    server.process.kill("SIGTERM");
    const statuses = await Promise.all(answers);
    expect(statuses.filter((s) => s !== "200")).toEqual([]);
    expect(await exited).toBe(0);
    expect(server.output()).toContain("SIGTERM: finishing the requests in flight, then stopping");
    agent.destroy();
  });
}
