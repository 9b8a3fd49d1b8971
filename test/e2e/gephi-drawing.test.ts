// Must show: a GEXF saved by Gephi opens as Gephi drew it. The canvas shows the file's colours where
// the file placed them (read from the pixels), no layout runs until "Lay out again", the details list
// the file's attributes, and an edge reads with its own word and weight.
import { join } from "node:path";

import { PNG } from "pngjs";
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { details } from "./panels-helpers";
import { countColour, graphScreenshot } from "./pixels";

const FILE = join(import.meta.dirname, "../fixtures/io/gephi-drawn.gexf");

// The three modularity classes of the file, each with its colour and where the file puts it.
const CLASSES = [
  { name: "red", rgb: [220, 40, 40], at: "top left" },
  { name: "green", rgb: [30, 160, 60], at: "top right" },
  { name: "blue", rgb: [40, 70, 220], at: "bottom" },
] as const;

/** Centre and count of the pixels within `tolerance` of `rgb`. */
function colourCentre(png: Buffer, rgb: readonly number[], tolerance = 20) {
  const { data, width, height } = PNG.sync.read(png);
  let [n, sx, sy] = [0, 0, 0];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (rgb.every((c, k) => Math.abs(data[i + k]! - c) <= tolerance)) [n, sx, sy] = [n + 1, sx + x, sy + y];
    }
  return { n, x: sx / n, y: sy / n, width, height };
}

async function centres(graph: Locator) {
  const png = await graphScreenshot(graph);
  return Object.fromEntries(CLASSES.map((c) => [c.name, colourCentre(png, c.rgb)])) as Record<
    (typeof CLASSES)[number]["name"],
    ReturnType<typeof colourCentre>
  >;
}

async function openFile(page: Page) {
  await page.locator("input[type='file']").setInputFiles(FILE);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("gephi-drawn");
  await page.locator(".graph-canvas [data-graph-ready]").waitFor();
}

describeInBrowser("a Gephi file drawn as Gephi drew it", () => {
  const app = useApp();

  it("must show: the file's colours where the file put them, and no layout ran", async () => {
    const { page, graph, problems, shot } = await app.open("/", { viewport: { width: 1400, height: 900 } });
    await openFile(page);
    // A layout would mark the container while it runs and show its progress; neither happens.
    const sigma = graph.locator("[data-graph-ready]");
    expect(await sigma.getAttribute("data-layout-running")).toBeNull();
    await expect.poll(() => page.getByRole("group", { name: "Layout in progress" }).count()).toBe(0);
    await settle(page);
    await shot("gephi-drawn");
    const drawn = await centres(graph);
    for (const c of CLASSES) expect(drawn[c.name].n, `${c.name} pixels`).toBeGreaterThan(50);
    // Gephi's y axis points up: red and green (y 120–260) above blue (y -250 to -120), red left of green.
    expect(drawn.red.x).toBeLessThan(drawn.blue.x);
    expect(drawn.blue.x).toBeLessThan(drawn.green.x);
    expect(drawn.red.y).toBeLessThan(drawn.blue.y);
    expect(drawn.green.y).toBeLessThan(drawn.blue.y);
    // The file's proportions hold: red and green sit about as far apart across as the top from the bottom.
    const across = (drawn.green.x - drawn.red.x) / drawn.red.width;
    const down = (drawn.blue.y - (drawn.red.y + drawn.green.y) / 2) / drawn.red.height;
    expect(across).toBeGreaterThan(0.4);
    expect(down).toBeGreaterThan(0.3);
    // The switch and the layout stay on offer; the layout, once asked, moves the picture.
    await expect.poll(() => page.getByRole("radio", { name: "Time" }).count()).toBe(1);
    await page.getByRole("button", { name: "Lay out again" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Lay out again" }).count()).toBe(0);
    await settle(page, 1500);
    const after = await centres(graph);
    const moved = CLASSES.some(
      (c) => Math.hypot(after[c.name].x - drawn[c.name].x, after[c.name].y - drawn[c.name].y) > 20,
    );
    expect(moved).toBe(true);
    expect(problems).toEqual([]);
  });

  it("must show: the details list the file's attributes, and an edge reads with its word and weight", async () => {
    const { page, problems, shot } = await app.open("/", { viewport: { width: 1400, height: 900 } });
    await openFile(page);
    await page.keyboard.press("/");
    await page.keyboard.type("Alice");
    await page.keyboard.press("Enter");
    const panel = details(page);
    const table = panel.getByRole("table");
    await table.waitFor();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ["Country", "France"],
      ["Modularity Class", "0"],
    ]);
    expect(await panel.textContent()).toContain("Alice – mentors → Bruno (weight 2)");
    await shot("gephi-drawn-details");
    await panel.getByRole("button", { name: "Show this link: Alice – mentors → Bruno (weight 2)" }).click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toBe("Alice – mentors → Bruno (weight 2)");
    expect(await panel.textContent()).toMatch(/Weight\s*2/);
    expect(problems).toEqual([]);
  });

  it("must show: with no kinds, the legend colours by an attribute of the file, as a partition", async () => {
    const { page, graph, problems, shot } = await app.open("/", { viewport: { width: 1400, height: 900 } });
    await openFile(page);
    const legend = page.getByRole("region", { name: "Legend" });
    // Neither the legend nor the kind filter lists the contract's kinds the file does not hold.
    expect(await legend.textContent()).not.toMatch(/Events|Organisations/);
    expect(await page.getByRole("group", { name: "Kinds" }).textContent()).not.toMatch(/Events|Organisations/);
    await legend.getByLabel("Colour by").selectOption("Modularity Class");
    const values = legend.getByRole("list", { name: "Colours by Modularity Class" });
    await values.waitFor();
    expect(await values.locator("li").evaluateAll((lis) => lis.map((li) => li.textContent))).toEqual([
      "24",
      "03",
      "13",
    ]);
    await settle(page);
    await shot("gephi-drawn-partition");
    let png = await graphScreenshot(graph);
    // Class 2 (four nodes) takes the first colour of the palette; the file's red is gone.
    expect(countColour(png, "#E69F00")).toBeGreaterThan(50);
    expect(countColour(png, "#DC2828", 10)).toBe(0);
    await legend.getByLabel("Colour by").selectOption({ label: "The file's colours" });
    await settle(page);
    png = await graphScreenshot(graph);
    expect(countColour(png, "#DC2828", 20)).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
