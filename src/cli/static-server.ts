// A static file server on 127.0.0.1 at a port the system picks, so parallel runs never collide.
// The browser tests and the browser benchmark both serve built pages and datasets with it; each
// says how a request path maps to a file (or null for 404).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".gexf": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** The file `rest` names under `root`, or null when it would leave `root`. */
export function fileUnder(root: string, rest: string): string | null {
  const file = normalize(join(root, rest || "index.html"));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** The request path without query or fragment, decoded; null when it cannot be decoded. */
export function requestPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split(/[?#]/)[0] ?? "/");
  } catch {
    return null;
  }
}

export async function serveFiles(fileFor: (url: string) => string | null): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    let file = fileFor(req.url ?? "/");
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, "index.html");
      if (!file || !(await stat(file)).isFile()) throw new Error("not found");
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
