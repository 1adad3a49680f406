// A page on another origin (its own port) that embeds Pactdiff the way a newsroom's CMS would.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export async function startHostPage(body: () => string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Newsroom article</title></head>
<body style="margin:0;padding:16px;font-family:Georgia,serif;background:#f3f3f3"><h1>Our story</h1><p>Paragraph before the embed.</p>${body()}<p>Paragraph after the embed.</p></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
