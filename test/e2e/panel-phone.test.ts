// The right panel keeps one width whatever it shows (details, lineage, connections), so the canvas
// never resizes under the reader; and on a phone (390×844) the graph keeps at least half of the
// height with nothing selected, the controls over it each keep to a corner.
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";

import { seriousViolations } from "./axe";
import { describeInBrowser, settle, useApp } from "./harness";
import { details, label } from "./panels-helpers";

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("panel-phone: element not laid out");
  return found;
}

/** Width of the right-hand area and of the canvas, once the panel says what it shows. */
async function widths(page: Page, panel: Locator) {
  await panel.waitFor();
  await settle(page, 300);
  return {
    panel: (await box(page.locator(".details-area"))).width,
    canvas: (await box(page.locator(".graph-canvas"))).width,
  };
}

describeInBrowser("one panel width; the phone layout", () => {
  const app = useApp();

  for (const [width, height] of [
    [1400, 900],
    [1024, 768],
  ] as const) {
    it(`${width}×${height}: the right panel keeps one width across welcome, details, lineage and connections`, async () => {
      const { page, problems } = await app.open("/", { viewport: { width, height } });
      const seen = [await widths(page, details(page))];
      // Details of the Rome Memorandum, from the welcome's button.
      await page.getByRole("button", { name: /^Start with the/ }).click();
      await expect
        .poll(() => details(page).getByRole("heading", { level: 2 }).textContent())
        .toBe(label("rome-memorandum"));
      seen.push(await widths(page, details(page)));
      // Its lineage.
      await details(page).getByRole("button", { name: "Trace lineage" }).click();
      seen.push(await widths(page, page.getByRole("complementary", { name: "Lineage" })));
      // Back to the details, then a connection to Ban Ki-moon.
      await page.keyboard.press("Escape");
      seen.push(await widths(page, details(page)));
      await details(page).getByRole("button", { name: "How is this connected to…" }).click();
      const picker = page.getByRole("combobox", { name: /Connect .* to/ });
      await picker.fill("Ban Ki");
      await picker.press("Enter");
      seen.push(await widths(page, page.getByRole("complementary", { name: "Connections" })));
      const panels = new Set(seen.map((w) => w.panel));
      const canvases = new Set(seen.map((w) => w.canvas));
      expect([...panels]).toHaveLength(1);
      expect([...canvases]).toHaveLength(1);
      // The canvas keeps most of the width.
      expect(seen[0]!.canvas).toBeGreaterThanOrEqual(0.5 * width);
      expect(problems).toEqual([]);
    });
  }

  it("390×844: the graph gets at least half of the height; the controls over it keep to two corners", async () => {
    const opened = await app.open("/", { viewport: { width: 390, height: 844 } });
    const { page, graph, problems, shot } = opened;
    await settle(page);
    const canvas = await box(graph);
    expect(canvas.height).toBeGreaterThanOrEqual(0.5 * 844);
    // The welcome is on the page, under the canvas, with its two ways in.
    expect(await page.getByRole("button", { name: /^Start with the/ }).isVisible()).toBe(true);

    const bar = await box(page.locator(".canvas-toolbar"));
    const zoom = await box(page.getByRole("group", { name: "Zoom" }));
    for (const control of [bar, zoom]) {
      expect(control.x).toBeGreaterThanOrEqual(canvas.x);
      expect(control.x + control.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(control.y).toBeGreaterThanOrEqual(canvas.y);
      expect(control.y + control.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    // The layout bar is one row in the lower left corner, the zoom buttons a column in the upper right.
    expect(bar.height).toBeLessThanOrEqual(48);
    expect(bar.width).toBeLessThanOrEqual(0.7 * canvas.width);
    expect(canvas.y + canvas.height - (bar.y + bar.height)).toBeLessThanOrEqual(16);
    expect(zoom.y - canvas.y).toBeLessThanOrEqual(16);
    expect(zoom.width).toBeLessThanOrEqual(56);
    expect(zoom.y + zoom.height).toBeLessThan(bar.y);
    // Together they cover less than an eighth of the canvas.
    expect(bar.width * bar.height + zoom.width * zoom.height).toBeLessThan((canvas.width * canvas.height) / 8);
    // Every control is still there and named: the switch, Play, the moment slider.
    expect(await page.getByRole("radio", { name: "Time" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Play through time" }).isVisible()).toBe(true);
    expect(await page.getByRole("slider", { name: "Moment in time" }).isVisible()).toBe(true);
    await shot("phone-390x844");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
