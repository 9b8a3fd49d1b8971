// The browser half of the benchmark: the explorer and a bare sigma page drawing the same graph,
// alternately, in headless Chromium with software WebGL (launched like test/e2e/harness.ts).
import { type Browser, chromium, type Page } from "playwright-core";

import { CHROMIUM, CHROMIUM_ARGS } from "../../chromium";
import { installProbe } from "./browser-probe";
import { median } from "../measure";

const VIEWPORT = { width: 1280, height: 800 };

const METRICS = [
  "first drawn frame",
  "layout settled",
  "filter (fade a kind)",
  "hover a node",
  "search: Enter selects a node",
  "longest main-thread task",
] as const;
type Metric = (typeof METRICS)[number];
const noMetrics = () => Object.fromEntries(METRICS.map((m) => [m, Number.NaN])) as Record<Metric, number>;
type PageKind = "explorer" | "bare";
export interface BrowserRow {
  operation: Metric;
  size: number;
  ms: number;
  baselineMs: number;
  samples: number[];
  baselineSamples: number[];
}

export interface BrowserInput {
  baseUrl: string;
  name: string;
  size: number;
  runs: number;
  /** A big node both pages draw in the same place, to hover. */
  hoverNode: string;
  /** Text typed into each page's search box; Enter then selects the first node whose name has it. */
  searchText: string;
  /** Only navigation → first drawn frame: no waiting for the layout, no filter or hover. */
  firstFrameOnly?: boolean;
  /** The dataset the build bundles: the explorer opens it at its own address, as a first visit does. */
  bundled?: boolean;
  /** Filled in by the bare page: where hoverNode is drawn, relative to the canvas. */
  point?: { x: number; y: number };
  log: (line: string) => void;
}

async function timed(
  page: Page,
  type: "click" | "mousemove" | "keydown",
  act: () => Promise<void>,
  timeoutMs = 60_000,
) {
  await page.evaluate((t) => (window as unknown as { benchProbe: { arm(t: string): void } }).benchProbe.arm(t), type);
  await act();
  const result = page.evaluate(() =>
    (window as unknown as { benchProbe: { result(): Promise<number> } }).benchProbe.result(),
  );
  const timeout = new Promise<number>((done) => setTimeout(() => done(Number.NaN), timeoutMs));
  return Promise.race([result, timeout]);
}

async function measurePage(
  browser: Browser,
  kind: PageKind,
  input: BrowserInput,
  canvas: Box,
): Promise<Record<Metric, number>> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // An input is only delivered once the page's main thread is free: on a large graph that may be minutes.
  page.setDefaultTimeout(600_000);
  // tsx keeps function names with a __name helper the page does not have.
  await page.addInitScript({ content: `var __name = (f) => f; (${installProbe.toString()})();` });
  const data = `../data/${input.name}.json`;
  const url =
    kind === "explorer"
      ? `${input.baseUrl}app/index.html${input.bundled ? "" : `?dataset=${data}`}`
      : `${input.baseUrl}bare/bare.html?data=${data}&positions=../data/${input.name}.positions.json&x=${canvas.x}&y=${canvas.y}&w=${canvas.width}&h=${canvas.height}`;
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () => (window as unknown as { benchProbe: { firstFrame: number | null } }).benchProbe.firstFrame !== null,
    null,
    { timeout: 300_000, polling: 100 },
  );
  const firstFrame = await page.evaluate(
    () => (window as unknown as { benchProbe: { firstFrame: number } }).benchProbe.firstFrame,
  );
  const longestTask = () =>
    page.evaluate(() => (window as unknown as { benchProbe: { longestTask: number } }).benchProbe.longestTask);
  const result = noMetrics();
  result["first drawn frame"] = firstFrame;
  if (input.firstFrameOnly) {
    result["longest main-thread task"] = await longestTask();
    await context.close();
    return result;
  }
  const found = (await page.locator(".graph-canvas").first().boundingBox()) ?? canvas;
  // Large graphs open before their layout is done (a worker computes it): filter and hover are
  // timed on the settled picture, where the hovered node is drawn where the bare page draws it.
  await page.waitForFunction(() => !document.querySelector("[data-layout-running]"), null, {
    timeout: 600_000,
    polling: 200,
  });
  // Until then the explorer shows the layout's starting points; the bare page starts settled.
  const settled = kind === "bare" ? firstFrame : await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);

  const filterControl = kind === "explorer" ? page.getByRole("checkbox", { name: /^People/ }) : page.locator("#filter");
  let filter = Number.NaN;
  if ((await filterControl.count()) > 0) {
    filter = await timed(page, "click", () => filterControl.first().click());
    await page.waitForTimeout(300);
    await filterControl.first().click();
    await page.waitForTimeout(300);
  }
  // Where the bare page draws the node; the explorer lays it out identically (same positions).
  let hover = Number.NaN;
  const point =
    kind === "bare"
      ? await page.evaluate(
          (n) => (window as unknown as { benchViewport(n: string): { x: number; y: number } }).benchViewport(n),
          input.hoverNode,
        )
      : input.point;
  if (point) {
    await page.mouse.move(1, VIEWPORT.height - 1);
    await page.waitForTimeout(300);
    hover = await timed(page, "mousemove", () => page.mouse.move(found.x + point.x, found.y + point.y), 10_000);
    if (kind === "bare") input.point = point;
    // The explorer marks its canvas while the pointer is on a node; a miss is no hover measured.
    if (
      kind === "explorer" &&
      (await page.locator(".graph-canvas .is-pointing, .graph-canvas.is-pointing").count()) === 0
    ) {
      input.log("  explorer: the pointer missed the node (layouts differ?); hover not measured");
      hover = Number.NaN;
    }
  }
  await page.mouse.move(1, VIEWPORT.height - 1);
  const search =
    kind === "explorer" ? page.getByRole("combobox", { name: "Search", exact: true }) : page.locator("#search");
  await search.fill(input.searchText);
  if (kind === "explorer") await page.getByRole("option").first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  result["search: Enter selects a node"] = await timed(page, "keydown", () => search.press("Enter"));
  await page.waitForTimeout(1000);
  result["longest main-thread task"] = await longestTask();
  await context.close();
  return { ...result, "layout settled": settled, "filter (fade a kind)": filter, "hover a node": hover };
}

/** Where the explorer's canvas sits in the page (its default dataset opens fast); the bare page copies it. */
async function explorerCanvas(browser: Browser, baseUrl: string): Promise<Box> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${baseUrl}app/index.html`);
  const canvas = page.locator(".graph-canvas").first();
  await page.locator("[data-graph-ready]").first().waitFor({ timeout: 60_000 });
  const box = await canvas.boundingBox();
  await context.close();
  if (!box) throw new Error("bench: the explorer shows no .graph-canvas");
  return box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function runBrowserSuite(input: BrowserInput): Promise<{ rows: BrowserRow[]; version: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const version = browser.version();
  const noSamples = () => Object.fromEntries(METRICS.map((m) => [m, []])) as unknown as Record<Metric, number[]>;
  const samples: Record<PageKind, Record<Metric, number[]>> = { explorer: noSamples(), bare: noSamples() };
  try {
    const canvas = await explorerCanvas(browser, input.baseUrl);
    for (let run = 0; run < input.runs; run++) {
      const order: PageKind[] = run % 2 ? ["explorer", "bare"] : ["bare", "explorer"];
      for (const kind of order) {
        const m = await measurePage(browser, kind, input, canvas);
        for (const metric of Object.keys(samples[kind]) as Metric[]) samples[kind][metric].push(m[metric]);
        input.log(`  ${kind} run ${run + 1}: ${METRICS.map((k) => `${k} ${m[k].toFixed(0)} ms`).join(", ")}`);
      }
    }
  } finally {
    await browser.close();
  }
  const shown = input.firstFrameOnly ? (["first drawn frame", "longest main-thread task"] as const) : METRICS;
  const rows = shown.map((operation) => {
    const ok = (list: number[]) => list.filter((n) => Number.isFinite(n));
    const e = ok(samples.explorer[operation]);
    const b = ok(samples.bare[operation]);
    return {
      operation,
      size: input.size,
      ms: e.length ? median(e) : Number.NaN,
      baselineMs: b.length ? median(b) : Number.NaN,
      samples: samples.explorer[operation],
      baselineSamples: samples.bare[operation],
    };
  });
  return { rows, version };
}
