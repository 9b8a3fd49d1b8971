// A static file server for the browser tests: the built app (dist/) at `/`, and the e2e fixtures
// (test/fixtures/e2e/) at `/fixtures/`. It listens on 127.0.0.1 at a port the system picks, so
// parallel runs never collide.
import { join, resolve } from "node:path";

import { fileUnder, requestPath, serveFiles, type StaticServer } from "../../src/cli/static-server";

export type { StaticServer };

const ROOT = resolve(import.meta.dirname, "../..");
/** The built app; E2E_DIST points elsewhere, so a helper can test its own build while dist/ is in use. */
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, "dist");
export const FIXTURES = join(ROOT, "test/fixtures/e2e");

/** Maps a request path to a file under one of the two roots, or null (outside them, or bad). */
export function fileFor(urlPath: string): string | null {
  const path = requestPath(urlPath);
  if (path === null) return null;
  return path.startsWith("/fixtures/") ? fileUnder(FIXTURES, path.slice(10)) : fileUnder(DIST, path.slice(1));
}

export function startServer(): Promise<StaticServer> {
  return serveFiles(fileFor);
}
