// Browser-test harness (docs/architecture.md): serves the built app on 127.0.0.1 at a port
// chosen at run time and drives Debian's Chromium through playwright-core. `npm test` builds dist/
// before the e2e project runs. Without a browser the e2e tests are skipped with a message, except
// under CI=true, where a missing browser fails the run.
//
//   describeInBrowser("search", () => {
//     const app = useApp();
//     it("selects ICCT", async () => {
//       const { page, problems } = await app.open("/?q=ICCT");
//       ...
//       expect(problems).toEqual([]);
//     });
//   });
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";

import { CHROMIUM, CHROMIUM_ARGS } from "../../src/cli/chromium";
import { DIST, startServer, type StaticServer } from "./server";

export const SHOTS = join(import.meta.dirname, "../../test-results/e2e");

function whyNoBrowser(): string | null {
  if (!existsSync(CHROMIUM)) return `no browser at ${CHROMIUM} (apt-get install -y chromium; .ci/run does it)`;
  if (!existsSync(join(DIST, "index.html"))) return "no dist/index.html: run `npm run build` first";
  return null;
}

const missing = whyNoBrowser();
if (missing && process.env.CI === "true") throw new Error(`e2e: ${missing}`);
if (missing) console.warn(`e2e tests skipped: ${missing}`);

/** `describe` that is skipped (with the message above) when the browser or the build is missing. */
export const describeInBrowser = (name: string, body: () => void) => describe.skipIf(missing !== null)(name, body);

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations and requests that tried to leave the machine. */
  problems: string[];
  /** The element sigma draws into. */
  graph: Locator;
  /** Saves a screenshot of the whole page to test-results/e2e/<name>.png and returns its path. */
  shot(name: string): Promise<string>;
}

export interface OpenOptions {
  /** Wait for the graph to be drawn (default true; false for error screens). */
  waitForGraph?: boolean;
  viewport?: { width: number; height: number };
  /** Runs before the page navigates: routes of its own, say. */
  prepare?: (page: Page) => Promise<void>;
}

export interface App {
  readonly baseUrl: string;
  open(path?: string, options?: OpenOptions): Promise<OpenedPage>;
}

/** Starts the server and the browser for the enclosing describe block; closes them after it. */
export function useApp(): App {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get baseUrl() {
      if (!server) throw new Error("useApp: the server is not started yet (use it inside a test)");
      return server.baseUrl;
    },
    async open(path = "/", { waitForGraph = true, viewport = { width: 1280, height: 800 }, prepare } = {}) {
      if (!server || !browser) throw new Error("useApp: open() called outside a test");
      const base = server.baseUrl;
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
        });
      });
      page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        problems.push(`request left the machine: ${url}`);
        return route.abort();
      });
      await prepare?.(page);
      await page.goto(new URL(path.replace(/^\//, ""), base).href);
      const graph = page.locator(".graph-canvas");
      if (waitForGraph) await page.locator(".graph-canvas [data-graph-ready]").waitFor({ timeout: 30_000 });
      return {
        page,
        problems,
        graph,
        async shot(name) {
          await mkdir(SHOTS, { recursive: true });
          const file = join(SHOTS, `${name}.png`);
          await page.screenshot({ path: file });
          return file;
        },
      };
    },
  };
}

/** Lets camera animations (600 ms glides) finish and the next frame be drawn. */
export async function settle(page: Page, ms = 800): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
