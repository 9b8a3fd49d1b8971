// The page at the sizes it is used at: a desktop (three columns), a tablet or low-resolution
// projector (the filters in a drawer behind a Filters button, the canvas keeping most of the
// width) and a narrow window (the details docked under the canvas). At each size the graph is
// drawn into a canvas sigma has measured, and the page never scrolls sideways.
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";

import { seriousViolations } from "./axe";
import { describeInBrowser, type OpenedPage, settle, useApp } from "./harness";
import { details, detailsHeading, label, searchBox, statusCounts } from "./panels-helpers";
import { graphInk } from "./pixels";

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("responsive: element not laid out");
  return found;
}

/** The page is no wider than the window: nothing to scroll sideways to. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) > window.innerWidth,
  );
}

/** Whether every canvas sigma draws into has the size of its container now. */
async function canvasesFitContainer(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const container = document.querySelector<HTMLElement>(".graph-canvas .sigma-container");
    const canvases = [...(container?.querySelectorAll("canvas") ?? [])];
    if (!container || canvases.length === 0) return false;
    const size = (el: HTMLElement) => `${Math.round(el.offsetWidth)}x${Math.round(el.offsetHeight)}`;
    return canvases.every((canvas) => size(canvas) === size(container));
  });
}

/** The graph is drawn: enough non-background pixels in the canvas, the buttons over it left out. */
async function expectGraphDrawn({ page, graph }: OpenedPage): Promise<void> {
  await settle(page);
  expect(await canvasesFitContainer(page)).toBe(true);
  expect(await graphInk(graph)).toBeGreaterThan(2000);
}

const filtersButton = (page: Page) => page.getByRole("button", { name: /^Filters/ });
const eventsBox = (page: Page) => page.getByRole("checkbox", { name: /^Events/ });

describeInBrowser("responsive layout", () => {
  const app = useApp();

  it("1400×900: filters, canvas and details side by side, as before", async () => {
    const opened = await app.open("/", { viewport: { width: 1400, height: 900 } });
    const { page, graph, problems, shot } = opened;
    const side = await box(page.locator(".side-area"));
    const canvas = await box(graph);
    const right = await box(details(page));
    expect(side.x + side.width).toBeLessThanOrEqual(canvas.x + 1);
    expect(right.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    // One row: the three columns start under the header at the same height.
    expect(Math.abs(side.y - canvas.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(right.y - canvas.y)).toBeLessThanOrEqual(1);
    expect(await eventsBox(page).isVisible()).toBe(true);
    expect(await filtersButton(page).count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    await expectGraphDrawn(opened);
    await shot("responsive-1400x900");
    expect(problems).toEqual([]);
  });

  it("900×700: the canvas keeps most of the width; the filters open in a drawer and Escape closes it", async () => {
    const opened = await app.open("/", { viewport: { width: 900, height: 700 } });
    const { page, graph, problems, shot } = opened;
    expect((await box(graph)).width).toBeGreaterThanOrEqual(0.6 * 900);
    expect(await details(page).isVisible()).toBe(true);
    expect(await eventsBox(page).isVisible()).toBe(false);
    expect(await scrollsSideways(page)).toBe(false);
    await expectGraphDrawn(opened);
    await shot("responsive-900x700");

    const toggle = filtersButton(page);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    const drawer = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await drawer.waitFor({ state: "visible" });
    expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await drawer.getAttribute("aria-label")).toBe("Filters and legend");
    expect(await scrollsSideways(page)).toBe(false);
    await shot("responsive-900x700-filters");

    // A filter in the drawer works as in the column: unticking Events narrows the view.
    const full = await statusCounts(page);
    await eventsBox(page).uncheck();
    expect((await statusCounts(page)).shown).toBeLessThan(full.total);
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    // The filter stays, and the closed button says filters are in use.
    expect((await statusCounts(page)).shown).toBeLessThan(full.total);
    expect(await toggle.textContent()).toMatch(/in use/);

    // The × button closes it too, and focus comes back to the button.
    await toggle.click();
    await page.getByRole("button", { name: "Close filters" }).click();
    await drawer.waitFor({ state: "hidden" });
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it("700×900: a selected node's details dock under the canvas; closing them gives its height back", async () => {
    const opened = await app.open("/", { viewport: { width: 700, height: 900 } });
    const { page, graph, problems, shot } = opened;
    const before = await box(graph);
    expect(before.width).toBe(700);
    await expectGraphDrawn(opened);
    await shot("responsive-700x900");

    await searchBox(page).fill("ICCT");
    await searchBox(page).press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("icct"));
    const canvas = await box(graph);
    const sheet = await box(details(page));
    // Under the canvas, not over it, and the canvas keeps a good part of the window.
    expect(sheet.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(canvas.height).toBeGreaterThanOrEqual(0.3 * 900);
    expect(canvas.height).toBeLessThan(before.height);
    expect(await scrollsSideways(page)).toBe(false);
    // sigma re-measured the smaller canvas (no window resize told it) and drew into it.
    await expectGraphDrawn(opened);
    await shot("responsive-700x900-details");

    await page.getByRole("button", { name: "Close details" }).click();
    await expect.poll(async () => (await box(graph)).height).toBe(before.height);
    await expectGraphDrawn(opened);
    expect(problems).toEqual([]);
  });

  it("700×900: no serious accessibility violation, drawer closed or open", async () => {
    const { page, problems } = await app.open("/", { viewport: { width: 700, height: 900 } });
    await settle(page, 300);
    expect(await seriousViolations(page)).toEqual([]);
    await filtersButton(page).click();
    await page.getByRole("dialog", { name: "Filters and legend" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("re-measures the canvas when a panel above it closes and nothing else redraws it", async () => {
    const opened = await app.open("/?select=no-such-node", { viewport: { width: 900, height: 700 } });
    const { page, graph, problems } = opened;
    await expectGraphDrawn(opened);
    const before = await box(graph);
    await page.getByRole("button", { name: /^Dismiss notice/ }).click();
    await expect.poll(async () => (await box(graph)).height).toBeGreaterThan(before.height);
    await expectGraphDrawn(opened);
    expect(problems).toEqual([]);
  });

  it("follows the window across sizes: drawer and columns switch, the canvas is re-measured", async () => {
    const opened = await app.open("/?select=rome-memorandum", { viewport: { width: 1400, height: 900 } });
    const { page, graph, problems } = opened;
    for (const [width, height] of [
      [900, 700],
      [700, 900],
      [1400, 900],
    ]) {
      await page.setViewportSize({ width, height });
      await expectGraphDrawn(opened);
      expect(await filtersButton(page).count()).toBe(width > 1100 ? 0 : 1);
      expect(await eventsBox(page).isVisible()).toBe(width > 1100);
      expect((await box(graph)).width).toBeGreaterThanOrEqual(width > 1100 ? 0.5 * width : 0.6 * width);
      expect(await scrollsSideways(page)).toBe(false);
    }
    expect(problems).toEqual([]);
  });
});
