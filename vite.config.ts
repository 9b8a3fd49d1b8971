import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

// Only the built site gets the CSP: the dev server injects an inline React-refresh preamble.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" },
    ],
  };
}

/**
 * The entry (src/main.tsx) loads the app's chunk with import(), after the `?dataset=` download has
 * begun. The page names that chunk and the chunks it imports, so the browser fetches them beside
 * the entry instead of a round trip after it has run.
 */
function preloadApp(): Plugin {
  return {
    name: "preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, { bundle }) => {
        const chunks = Object.values(bundle ?? {}).flatMap((c) => (c.type === "chunk" ? [c] : []));
        const app = chunks.find((c) => c.facadeModuleId?.endsWith("/src/mount.tsx"));
        if (!app) throw new Error("preload-app: no chunk for src/mount.tsx in the bundle");
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        return [app.fileName, ...app.imports.filter((file) => !entries.has(file))].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}

/**
 * `virtual:default-layout`: the bundled dataset's force layout, computed from graph-data/ when the
 * site is built or served, so a first visit does not run it. By the project's own code
 * (src/cli/default-layout.ts), in a process of its own: this file imports nothing from src/. Not
 * rebuilt when graph-data/ changes under the dev server: the page then finds no layout for the
 * changed graph and runs it, as for any other dataset.
 */
function defaultLayoutModule(): Plugin {
  const id = "virtual:default-layout";
  const root = fileURLToPath(new URL(".", import.meta.url));
  return {
    name: "default-layout",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const json = execFileSync(process.execPath, ["--import", "tsx", "src/cli/default-layout.ts"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      return `export default ${json.trim()};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadApp(), defaultLayoutModule()],
  base: "./",
  // The app's own page only: the peers' sources built under bench-results/ have pages of their own.
  optimizeDeps: { entries: ["index.html"] },
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
          exclude: ["test/e2e/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
