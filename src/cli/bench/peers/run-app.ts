// One timed visit: a fresh browser context opens an app's address with the probe installed, and
// waits for the graph to be drawn, then for a quiet spell, while the page's JS heap is sampled.
import type { Browser } from "playwright-core";

import { installPeerProbe, type PeerProbe } from "./frame-probe";

export const VIEWPORT = { width: 1280, height: 800 };

export interface Visit {
  /** Navigation → the frame after the first draw covering every node; NaN if never drawn. */
  firstFrame: number;
  /** Navigation → the explorer's layout done (data-layout-done); NaN for apps that draw positions. */
  settled: number;
  longestTask: number;
  peakHeapMb: number;
}

interface VisitOptions {
  url: string;
  items: number;
  /** A selector whose presence says the layout has settled, when the app runs one. */
  settledSelector?: string;
  timeoutMs: number;
  /** How long to keep sampling after the first frame (long tasks right after it count too). */
  afterMs: number;
}

export async function visit(browser: Browser, options: VisitOptions): Promise<Visit> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `var __name = (f) => f; (${installPeerProbe.toString()})(${options.items});` });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let peak = 0;
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        try {
          const { metrics } = await cdp.send("Performance.getMetrics");
          const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
          peak = Math.max(peak, used);
        } catch {
          // the page is between documents
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    };
    const sampler = sample();
    const start = Date.now();
    await page.goto(options.url, { waitUntil: "commit", timeout: options.timeoutMs });
    const probe = () => page.evaluate(() => (window as unknown as { peerProbe: PeerProbe }).peerProbe);
    let drawn: PeerProbe | null = null;
    while (Date.now() - start < options.timeoutMs) {
      const p = await probe().catch(() => null);
      if (p?.drawnAt != null) {
        drawn = p;
        break;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    let settled = Number.NaN;
    if (drawn && options.settledSelector) {
      const left = options.timeoutMs - (Date.now() - start);
      const ok = await page
        .waitForSelector(options.settledSelector, { state: "attached", timeout: Math.max(1, left) })
        .then(() => true)
        .catch(() => false);
      if (ok) settled = await page.evaluate(() => performance.now());
    }
    await new Promise((done) => setTimeout(done, options.afterMs));
    const last = await probe().catch(() => drawn);
    sampling = false;
    await sampler;
    return {
      firstFrame: drawn?.drawnAt ?? Number.NaN,
      settled,
      longestTask: last?.longest ?? Number.NaN,
      peakHeapMb: peak / 2 ** 20,
    };
  } finally {
    await context.close();
  }
}
