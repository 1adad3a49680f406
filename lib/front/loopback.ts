// The front's door to Next.js: a second HTTP server on a Unix socket of this process's own, which only the
// front's fills (and the start-up warm-up) reach. Requests keep the public Host (127.0.0.1:{PORT}) that Next.js
// resolves its same-origin rewrites against, but do not depend on the public listener: they work whatever
// HOSTNAME the server is bound to (::1, a LAN address), and go on working while a stopping server no longer
// accepts public connections and finishes the requests it has.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Agent, fetch as undiciFetch } from "undici";

/** A fetch whose connections go to the loopback socket. */
export type LoopbackFetch = (
  url: string,
  init: { headers: Record<string, string>; redirect?: "manual"; signal?: AbortSignal },
) => Promise<Response>;

export type Loopback = { origin: string; fetch: LoopbackFetch; close: () => Promise<void> };

export async function openLoopback(port: number, handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Loopback> {
  // On Linux an abstract socket: no file to leave behind when the process is killed.
  const name = `pactdiff-${process.pid}-${randomUUID().slice(0, 8)}`;
  const abstract = process.platform === "linux";
  const socketPath = abstract ? `\0${name}` : path.join(tmpdir(), `${name}.sock`);
  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(socketPath, resolve));
  const remove = () => (abstract ? undefined : rmSync(socketPath, { force: true }));
  process.once("exit", remove);
  const agent = new Agent({ connect: { socketPath } });
  return {
    origin: `http://127.0.0.1:${port}`,
    // undici's Response is the same class global fetch returns (Node bundles undici); only the type packages differ.
    fetch: (url, init) => undiciFetch(url, { ...init, dispatcher: agent }) as unknown as Promise<Response>,
    close: () =>
      new Promise<void>((resolve) => {
        void agent.close();
        server.close(() => {
          remove();
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
