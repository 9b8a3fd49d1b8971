// Must show (issue 14): a large Gephi file is drawn from its own positions at once, before it is
// checked. While the explorer's chunk is held back (so the moment can be looked at), the page shows
// the file's picture: its red cluster on the left and its blue one on the right, read from the
// pixels, with a line saying what it is. Then the explorer takes over and draws the same picture.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Page, Route } from "playwright-core";
import { PNG } from "pngjs";
import { beforeAll, expect, it } from "vitest";

import { WORKER_THRESHOLD } from "../../src/app/loading/import-worker-start";
import { describeInBrowser, useApp } from "./harness";
import { FIXTURES } from "./server";

const NODES = 600;
const FILE = "generated/preview.gexf";
/** The same graph past the import worker's threshold: each node carries a 9 kB note. */
const LARGE_FILE = "generated/preview-large.gexf";
const NOTE = "n".repeat(9 * 1024);

/** Two clusters, red on the left and blue on the right, as Gephi saves a laid-out graph. */
function gephiFile(note = ""): string {
  const nodes: string[] = [];
  for (let i = 0; i < NODES; i++) {
    const left = i % 2 === 0;
    const [r, g, b] = left ? [220, 40, 40] : [40, 70, 220];
    const x = (left ? -400 : 400) + ((i * 37) % 200) - 100;
    const y = ((i * 53) % 400) - 200;
    const attvalues = note && `<attvalues><attvalue for="note" value="${note}"/></attvalues>`;
    nodes.push(
      `<node id="n${i}" label="Node ${i}">${attvalues}<viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="4"/><viz:position x="${x}" y="${y}" z="0"/></node>`,
    );
  }
  const edges: string[] = [];
  for (let i = 0; i + 2 < NODES; i++) edges.push(`<edge id="e${i}" source="n${i}" target="n${i + 2}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
<graph defaultedgetype="directed"><attributes class="node"><attribute id="note" title="note" type="string"/></attributes><nodes>${nodes.join("\n")}</nodes><edges>${edges.join("\n")}</edges></graph></gexf>`;
}

beforeAll(() => {
  mkdirSync(join(FIXTURES, "generated"), { recursive: true });
  writeFileSync(join(FIXTURES, FILE), gephiFile());
  writeFileSync(join(FIXTURES, LARGE_FILE), gephiFile(NOTE));
  expect(statSync(join(FIXTURES, LARGE_FILE)).size).toBeGreaterThan(WORKER_THRESHOLD);
});

/** Where the pixels near `rgb` are, as a share of the image's width (NaN when there are none). */
async function centreOf(page: Page, selector: string, rgb: readonly number[]): Promise<{ n: number; x: number }> {
  const { data, width, height } = PNG.sync.read(await page.locator(selector).screenshot());
  let [n, sx] = [0, 0];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (rgb.every((c, k) => Math.abs(data[i + k]! - c) <= 30)) [n, sx] = [n + 1, sx + x];
    }
  return { n, x: sx / n / width };
}

const RED = [220, 40, 40];
const BLUE = [40, 70, 220];

describeInBrowser("a large Gephi file drawn before it is checked", () => {
  const app = useApp();

  it.each([
    ["read on the page", FILE],
    ["read in the import worker, which waits for the picture to be drawn", LARGE_FILE],
  ])("must show: the file's own picture at once, then the explorer drawing the same (%s)", async (_, file) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const hold = async (route: Route) => {
      await held;
      await route.continue();
    };
    const workers: string[] = [];
    const { page, problems, shot } = await app.open(`/?dataset=fixtures/${file}`, {
      waitForGraph: false,
      viewport: { width: 1400, height: 900 },
      prepare: async (p) => {
        p.on("worker", (worker) => workers.push(worker.url()));
        await p.route("**/assets/Workspace-*.js", hold);
      },
    });
    await page.locator(".preview-canvas[data-preview-drawn]").waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator(".loading-screen").textContent())
      .toContain(`The file's own drawing of ${NODES} nodes and ${NODES - 2} edges`);
    await shot(file === FILE ? "file-preview" : "file-preview-large");
    // Nothing covers the picture: the line and the progress sit above the canvas.
    const canvasBox = (await page.locator(".preview-canvas").boundingBox())!;
    const progressBox = (await page.locator(".loading-screen .import-progress").boundingBox())!;
    expect(canvasBox.y).toBeGreaterThanOrEqual(progressBox.y + progressBox.height);
    expect(canvasBox.height).toBeGreaterThan(600);
    const [red, blue] = [await centreOf(page, ".preview-canvas", RED), await centreOf(page, ".preview-canvas", BLUE)];
    expect(red.n).toBeGreaterThan(500);
    expect(blue.n).toBeGreaterThan(500);
    expect(red.x).toBeLessThan(0.45);
    expect(blue.x).toBeGreaterThan(0.55);

    release();
    await page.locator(".graph-canvas [data-graph-ready]").waitFor({ timeout: 30_000 });
    expect(await page.locator(".preview-canvas").count()).toBe(0);
    expect(workers.some((url) => /import-worker/.test(url))).toBe(file === LARGE_FILE);
    const after = [await centreOf(page, ".graph-canvas", RED), await centreOf(page, ".graph-canvas", BLUE)];
    expect(after[0]!.x).toBeLessThan(after[1]!.x);
    expect(problems).toEqual([]);
  });
});
