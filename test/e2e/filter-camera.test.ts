// The camera and the filters: while filtered-out nodes are hidden (fade=0), choosing a filter
// frames what is left; while they are only faded, the camera stays where the reader put it. A
// reader who asks for reduced motion gets the new frame at once.
import { PNG } from "pngjs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp, type OpenedPage } from "./harness";
import { graphScreenshot } from "./pixels";

/** Area of the box around everything drawn, above the layout bar at the bottom of the canvas. */
function drawnArea(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height - 90; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (Math.max(255 - data[i], 255 - data[i + 1], 255 - data[i + 2]) <= 16) continue;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  return x1 < 0 ? 0 : (x1 - x0) * (y1 - y0);
}

async function chooseHedayah(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: /Hedayah/ }).check();
}

async function fitWhole(opened: OpenedPage): Promise<Buffer> {
  await opened.page.getByRole("button", { name: "Fit the whole graph" }).click();
  await settle(opened.page, 600);
  return graphScreenshot(opened.graph);
}

describeInBrowser("the camera and the filters", () => {
  const app = useApp();

  it("frames what a filter leaves when the rest is hidden", async () => {
    const opened = await app.open("/?fade=0");
    await settle(opened.page);
    await chooseHedayah(opened.page);
    await settle(opened.page);
    const framed = await graphScreenshot(opened.graph);
    const whole = await fitWhole(opened);
    // Hedayah's footprint spreads over much more of the canvas once framed (taller than wide, it is
    // held by the height, less the 80 px the framing keeps free above the layout bar).
    expect(drawnArea(framed)).toBeGreaterThan(drawnArea(whole) * 1.3);
    expect(opened.problems).toEqual([]);
  });

  it("stays put when filtered-out nodes are only faded", async () => {
    const opened = await app.open("/");
    await settle(opened.page);
    await chooseHedayah(opened.page);
    await settle(opened.page);
    const after = await graphScreenshot(opened.graph);
    // The opening camera is the whole graph: fitting it again changes nothing on screen.
    expect(Buffer.compare(await fitWhole(opened), after)).toBe(0);
    expect(opened.problems).toEqual([]);
  });

  it("frames a link that opens with hidden filtered-out nodes, at once for reduced motion", async () => {
    const opened = await app.open("/?org=hedayah&fade=0");
    await settle(opened.page);
    const framed = await graphScreenshot(opened.graph);
    expect(drawnArea(framed)).toBeGreaterThan(drawnArea(await fitWhole(opened)) * 1.3);

    await opened.page.emulateMedia({ reducedMotion: "reduce" });
    await opened.page.getByRole("checkbox", { name: /Hedayah/ }).uncheck();
    await settle(opened.page, 100);
    const soon = await graphScreenshot(opened.graph);
    await settle(opened.page, 800);
    expect(Buffer.compare(await graphScreenshot(opened.graph), soon)).toBe(0);
    expect(opened.problems).toEqual([]);
  });
});
