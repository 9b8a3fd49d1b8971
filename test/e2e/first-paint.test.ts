// First paint: the built index.html carries a readable page of its own (the explorer's name and a
// loading line) inside #root, styled from the bundled CSS, so something is on screen before the
// JavaScript runs; React replaces it. The page's CSP allows no inline script or style, and none is
// used.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { seriousViolations } from "./axe";
import { describeInBrowser, settle, useApp } from "./harness";
import { DIST } from "./server";

describeInBrowser("first paint", () => {
  const app = useApp();

  it("dist/index.html holds the title and a loading state in #root, with no inline script or style", async () => {
    const html = await readFile(join(DIST, "index.html"), "utf8");
    const root = /<div id="root">([\s\S]*?)<\/body>/.exec(html)?.[1] ?? "";
    expect(root).toContain("Policy lineage explorer");
    expect(root).toContain("Loading the graph…");
    expect(root).toMatch(/role="status"/);
    // The CSP: scripts and styles from the site only.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // Nothing inline for it to block.
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html.match(/<script\b[^>]*>/gi)?.every((tag) => /\ssrc=/.test(tag))).toBe(true);
    expect(html).toMatch(/<link rel="stylesheet"[^>]* href="\.\/assets\/[^"]+\.css"/);
  });

  it("shows the loading state, styled, before the bundle runs; then the explorer replaces it", async () => {
    const { page, problems } = await app.open("/");
    // The explorer has replaced the static page, and nothing was blocked by the CSP on the way.
    expect(await page.locator(".first-paint").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/rehabilitation/i);
    expect(problems).toEqual([]);

    // The same page with its scripts held back: what a reader sees until the bundle runs.
    await page.route(/\.js$/, (route) => route.abort());
    await page.reload({ waitUntil: "load" });
    const first = page.locator(".first-paint");
    await first.waitFor({ state: "visible" });
    expect(await page.locator(".first-paint-title").textContent()).toBe("Policy lineage explorer");
    expect(await page.getByRole("status").textContent()).toBe("Loading the graph…");
    // Styled from the CSS file: the loading line is centred in the area the canvas will take.
    expect(await page.locator(".first-paint-body").evaluate((el) => getComputedStyle(el).display)).toBe("grid");
    const body = await page.locator(".first-paint-body").boundingBox();
    expect(body!.height).toBeGreaterThan(400);
    await settle(page, 100);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.filter((p) => /CSP/.test(p))).toEqual([]);
  });

  it("says so, in place of the loading line, when the app's script cannot be fetched", async () => {
    // The entry runs (it starts a dataset's download), then loads the app's chunk: held back here.
    const prepare = async (page: Page) => void (await page.route(/\/assets\/mount-[^/]*\.js$/, (r) => r.abort()));
    const { page } = await app.open("/", { waitForGraph: false, prepare });
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toMatch(/^The explorer could not be loaded \(.+\)\. Reload the page to try again\.$/);
    expect(await page.locator(".first-paint-title").textContent()).toBe("Policy lineage explorer");
  });
});
