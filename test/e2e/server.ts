// A static file server for the browser tests: the built app (dist/) at `/`, and the e2e fixtures
// (test/fixtures/e2e/) at `/fixtures/`. It listens on 127.0.0.1 at a port the system picks, so
// parallel runs never collide.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
/** The built app; E2E_DIST points elsewhere, so a helper can test its own build while dist/ is in use. */
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, "dist");
export const FIXTURES = join(ROOT, "test/fixtures/e2e");

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

/** Maps a request path to a file under one of the two roots, or null (outside them, or bad). */
export function fileFor(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  const [root, rest] = path.startsWith("/fixtures/") ? [FIXTURES, path.slice(10)] : [DIST, path.slice(1)];
  const file = normalize(join(root, rest || "index.html"));
  return file === root || file.startsWith(root + sep) ? file : null;
}

export async function startServer(): Promise<StaticServer> {
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
