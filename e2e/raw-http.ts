// Raw HTTP/1.1 over a socket, for request forms that fetch and http.get cannot send (absolute-form
// targets, `OPTIONS *`, TRACE) and for header sets a browser never sends. Loopback only, one request.
import net from "node:net";

export type RawResponse = { status: number; headers: Record<string, string>; head: string; body: string };

export function rawRequest(
  port: number,
  requestLine: string,
  headers: Record<string, string> = {},
  host = "127.0.0.1",
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${requestLine}`)));
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", reject);
    socket.on("close", () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf("\r\n\r\n");
      const head = all.subarray(0, split < 0 ? all.length : split).toString("latin1");
      const body = split < 0 ? "" : all.subarray(split + 4).toString("utf8");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(":");
        if (i > 0) parsed[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(" ")[1] ?? 0), headers: parsed, head, body });
    });
    const given = Object.keys(headers).map((k) => k.toLowerCase());
    const defaults = given.includes("accept-encoding") ? [] : ["Accept-Encoding: identity"];
    const lines = [
      requestLine,
      `Host: ${host}:${port}`,
      "Connection: close",
      ...defaults,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${lines.join("\r\n")}\r\n\r\n`);
  });
}
