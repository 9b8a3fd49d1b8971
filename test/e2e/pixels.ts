// Counting what was drawn. Sigma's WebGL canvases do not keep their pixels after compositing, so
// the tests take a screenshot and count the pixels that differ from the background.
import { PNG } from "pngjs";
import type { Locator } from "playwright-core";

export interface InkOptions {
  /** Background colour as [r, g, b]; white by default. */
  background?: readonly [number, number, number];
  /** Largest per-channel difference still counted as background (anti-aliasing noise). */
  tolerance?: number;
}

/** Pixels of a PNG that are not background. */
export function countInk(png: Buffer, { background = [255, 255, 255], tolerance = 16 }: InkOptions = {}): number {
  const { data, width, height } = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    const differs =
      Math.abs(data[i] - background[0]) > tolerance ||
      Math.abs(data[i + 1] - background[1]) > tolerance ||
      Math.abs(data[i + 2] - background[2]) > tolerance;
    if (differs && data[i + 3] > 0) ink++;
  }
  return ink;
}

/** Pixels of a given colour (within tolerance): how much of one kind is on screen. */
export function countColour(png: Buffer, colour: string, tolerance = 24): number {
  const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  const { data, width, height } = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    if (rgb.every((c, k) => Math.abs(data[i + k] - c) <= tolerance)) n++;
  }
  return n;
}

/** Controls drawn over the canvas, left out of graph screenshots so only the graph is counted. */
export const OVERLAYS = ".zoom-controls";

async function setOverlays(area: Locator, visibility: "hidden" | ""): Promise<void> {
  // Set through the CSSOM: Playwright's `style` option injects a <style> element, which the
  // page's Content-Security-Policy (rightly) refuses.
  await area.evaluate(
    (el, [selector, value]) => el.querySelectorAll<HTMLElement>(selector).forEach((e) => (e.style.visibility = value)),
    [OVERLAYS, visibility] as const,
  );
}

/** Screenshot of the graph container, without the buttons drawn over it. */
export async function graphScreenshot(graphArea: Locator, path?: string): Promise<Buffer> {
  await setOverlays(graphArea, "hidden");
  try {
    return await graphArea.screenshot({ animations: "disabled", path });
  } finally {
    await setOverlays(graphArea, "");
  }
}

export async function graphInk(graphArea: Locator, options?: InkOptions): Promise<number> {
  return countInk(await graphScreenshot(graphArea), options);
}
