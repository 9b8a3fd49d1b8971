// Counting what was drawn. Sigma's WebGL canvases do not keep their pixels after compositing, so
// the tests take a screenshot and count the pixels that differ from the background.
import { PNG } from "pngjs";
import type { Locator } from "playwright-core";

/** A rectangle inside the screenshot, in pixels from its top-left corner. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Calls `visit` with the offset of each pixel inside `region` (or the whole image). */
function forEachPixel(png: Buffer, region: Region | undefined, visit: (data: Buffer, i: number) => void): void {
  const { data, width, height } = PNG.sync.read(png);
  const x0 = Math.max(0, Math.floor(region?.x ?? 0));
  const y0 = Math.max(0, Math.floor(region?.y ?? 0));
  const x1 = Math.min(width, Math.ceil(region ? region.x + region.width : width));
  const y1 = Math.min(height, Math.ceil(region ? region.y + region.height : height));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) visit(data, (y * width + x) * 4);
}

export interface InkOptions {
  /** Background colour as [r, g, b]; white by default. */
  background?: readonly [number, number, number];
  /** Largest per-channel difference still counted as background (anti-aliasing noise). */
  tolerance?: number;
  /** Count only inside this rectangle. */
  region?: Region;
}

/** Pixels of a PNG that are not background. */
export function countInk(
  png: Buffer,
  { background = [255, 255, 255], tolerance = 16, region }: InkOptions = {},
): number {
  let ink = 0;
  forEachPixel(png, region, (data, i) => {
    const differs =
      Math.abs(data[i] - background[0]) > tolerance ||
      Math.abs(data[i + 1] - background[1]) > tolerance ||
      Math.abs(data[i + 2] - background[2]) > tolerance;
    if (differs && data[i + 3] > 0) ink++;
  });
  return ink;
}

/** Pixels of a given colour (within tolerance): how much of one kind is on screen. */
export function countColour(png: Buffer, colour: string, tolerance = 24, region?: Region): number {
  const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  forEachPixel(png, region, (data, i) => {
    if (rgb.every((c, k) => Math.abs(data[i + k] - c) <= tolerance)) n++;
  });
  return n;
}

/** Saturated pixels: drawn in a kind's colour rather than faded grey, black text or white. */
export function countColourful(png: Buffer, region?: Region): number {
  let n = 0;
  forEachPixel(png, region, (data, i) => {
    if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) n++;
  });
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

/**
 * The centre of a background-only square of `size` pixels, searched from the corners inwards:
 * somewhere a click lands on the empty stage, whatever the dataset draws.
 */
export function findBlank(png: Buffer, size = 16): { x: number; y: number } | null {
  const { width, height } = PNG.sync.read(png);
  const step = Math.max(4, size / 2);
  const candidates: { x: number; y: number }[] = [];
  for (let y = 0; y + size <= height; y += step)
    for (let x = 0; x + size <= width; x += step) candidates.push({ x, y });
  // Corners first: the graph sits in the middle.
  const distance = ({ x, y }: { x: number; y: number }) =>
    -Math.hypot(x + size / 2 - width / 2, y + size / 2 - height / 2);
  candidates.sort((a, b) => distance(a) - distance(b));
  for (const c of candidates)
    if (countInk(png, { region: { ...c, width: size, height: size }, tolerance: 4 }) === 0)
      return { x: c.x + size / 2, y: c.y + size / 2 };
  return null;
}
