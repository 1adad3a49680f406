import { describe, expect, it } from "vitest";
import { parseWrk } from "./lib/wrk";

const REPORT = `Running 2s test @ http://127.0.0.1:3401/x
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.23ms  456.00us   1.20s    90.00%
    Req/Sec    25.00k     1.00k   27.00k    80.00%
  Latency Distribution
     50%  850.00us
     75%    1.40ms
     90%    1.80ms
     99%    3.20ms
  99000 requests in 2.00s, 1.50GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 5
Requests/sec:  49500.00
Transfer/sec:    750.00MB
`;

describe("parseWrk", () => {
  it("reads throughput, percentiles in any unit, bytes and every kind of error", () => {
    const r = parseWrk(REPORT);
    expect(r.requests).toBe(99_000);
    expect(r.seconds).toBe(2);
    expect(r.rps).toBe(49_500);
    expect(r.latencyMs).toEqual({ p50: 0.85, p90: 1.8, p99: 3.2, max: 1200 });
    expect(r.bytes).toBe(1.5 * 1024 ** 3);
    expect(r.socketErrors).toEqual({ connect: 0, read: 2, write: 0, timeout: 1 });
    expect(r.non2xx3xx).toBe(5);
    expect(r.errors).toBe(8);
  });

  it("counts no errors when wrk reports none", () => {
    const clean = REPORT.replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    expect(parseWrk(clean).errors).toBe(0);
  });
});
