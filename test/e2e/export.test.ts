// The Export menu, read back the way a user would open the files: the GEXF of the default dataset
// parses with graphology-gexf into the same counts, the PNG is the canvas at 2× with room for the
// title and legend, CSV comes as two files, and "current view" exports only what the filters keep —
// in the PNG too, where the faded rest of the graph is left out.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Download, Page } from "playwright-core";
import { PNG } from "pngjs";
import { expect, it } from "vitest";

import { describeInBrowser, SHOTS, useApp } from "./harness";
import { DATA, statusCounts } from "./panels-helpers";
import { countColour, countInk, graphInk, type Region } from "./pixels";

const FADED_COLOR = "#E2E2E2";

function differingPixels(a: Buffer, b: Buffer, region: Region): number {
  const [one, two] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (one.width !== two.width || one.height !== two.height) return Infinity;
  let n = 0;
  for (let y = region.y; y < region.y + region.height; y++)
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * one.width + x) * 4;
      if ([0, 1, 2].some((c) => Math.abs(one.data[i + c]! - two.data[i + c]!) > 16)) n++;
    }
  return n;
}

/** The exported PNG, saved under test-results/e2e/ to look at, and its graph part (between title and legend). */
async function exportPng(page: Page, name: string, graphHeight: number) {
  const [png] = await exportAs(page, "PNG image (2×)");
  await png!.saveAs(join(SHOTS, name));
  const buffer = await readFile(await png!.path());
  const { width } = PNG.sync.read(buffer);
  // compose-snapshot.ts puts 46 px (CSS) of title above the graph and the legend right below it.
  const region = { x: 0, y: 2 * 50, width, height: 2 * (graphHeight - 8) };
  return { buffer, region };
}

async function exportAs(page: Page, format: string, count = 1): Promise<Download[]> {
  const menu = page.getByRole("button", { name: /^Export/ });
  if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  const downloads: Download[] = [];
  const all = new Promise<void>((done) => {
    page.on("download", function collect(d) {
      downloads.push(d);
      if (downloads.length === count) {
        page.off("download", collect);
        done();
      }
    });
  });
  await page.getByRole("button", { name: format, exact: true }).click();
  await all;
  return downloads;
}

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), "utf8");
}

describeInBrowser("export", () => {
  const app = useApp();

  it("must show: the GEXF export of the default dataset parses with graphology-gexf into the same counts", async () => {
    const { page, problems } = await app.open("/");
    const [gexf] = await exportAs(page, "GEXF");
    expect(gexf!.suggestedFilename()).toMatch(/\.gexf$/);
    const graph = parseGexf(MultiDirectedGraph, await text(gexf!));
    expect(graph.order).toBe(DATA.nodes.length);
    expect(graph.size).toBe(DATA.edges.length);
    expect(graph.nodes().sort()).toEqual(DATA.nodes.map((n) => n.key).sort());
    // Positions as drawn go along, so Gephi opens the same picture.
    const x = graph.getNodeAttribute(DATA.nodes[0]!.key, "x");
    expect(typeof x).toBe("number");
    expect(problems).toEqual([]);
  });

  it("exports JSON, JSON-LD and CSV (two files) of the full graph", async () => {
    const { page, problems } = await app.open("/");
    const json = JSON.parse(await text((await exportAs(page, "JSON"))[0]!));
    expect(json.nodes).toHaveLength(DATA.nodes.length);
    expect(json.attributes.sources).toEqual(DATA.attributes.sources);
    const ld = JSON.parse(await text((await exportAs(page, "JSON-LD"))[0]!));
    expect(JSON.stringify(ld)).toContain("schema.org");
    const csv = await exportAs(page, "CSV", 2);
    const names = csv.map((d) => d.suggestedFilename()).sort();
    expect(names[0]).toMatch(/edges\.csv$/);
    expect(names[1]).toMatch(/nodes\.csv$/);
    const nodes = await text(csv.find((d) => d.suggestedFilename().endsWith("nodes.csv"))!);
    expect(nodes.split("\n")[0]).toMatch(/citation/i);
    expect(problems).toEqual([]);
  });

  it("exports only the current view when asked", async () => {
    const { page, problems } = await app.open("/?org=hedayah");
    const { shown, total } = await statusCounts(page);
    expect(shown).toBeLessThan(total);
    await page.getByRole("button", { name: /^Export/ }).click();
    await page.getByRole("radio", { name: /Current view/ }).check();
    const json = JSON.parse(await text((await exportAs(page, "JSON"))[0]!));
    expect(json.nodes).toHaveLength(shown);
    await page.getByRole("radio", { name: /Full graph/ }).check();
    const full = JSON.parse(await text((await exportAs(page, "JSON"))[0]!));
    expect(full.nodes).toHaveLength(total);
    expect(problems).toEqual([]);
  });

  it("makes a PNG of the canvas at 2× with the title above and a legend below", async () => {
    const { page, problems, graph } = await app.open("/");
    const box = (await graph.boundingBox())!;
    const [png] = await exportAs(page, "PNG image (2×)");
    await png!.saveAs(join(SHOTS, "export-2x.png"));
    const image = PNG.sync.read(await readFile(await png!.path()));
    expect(image.width).toBe(Math.round(box.width * 2));
    expect(image.height).toBeGreaterThan(box.height * 2);
    // Something is drawn in the graph's part of the picture: not all white.
    let ink = 0;
    const top = Math.round((image.height - box.height * 2) / 2);
    for (let y = top; y < top + box.height * 2; y += 4)
      for (let x = 0; x < image.width; x += 4) {
        const i = (y * image.width + x) * 4;
        if (image.data[i]! < 200 || image.data[i + 1]! < 200 || image.data[i + 2]! < 200) ink++;
      }
    expect(ink).toBeGreaterThan(200);
    // The canvas on screen is back at its own resolution and still drawn.
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll(".graph-canvas canvas")].map((c) => (c as HTMLCanvasElement).width),
    );
    expect(Math.max(...sizes)).toBe(Math.round(box.width));
    expect(problems).toEqual([]);
  });

  it("a PNG of the current view holds only what the filters keep, framed; the full graph's PNG stays as drawn", async () => {
    const { page, problems, graph } = await app.open("/?org=unodc");
    const { shown, total } = await statusCounts(page);
    expect(shown * 5).toBeLessThan(total);
    const box = (await graph.boundingBox())!;
    const onScreen = await graphInk(graph);
    await page.getByRole("button", { name: /^Export/ }).click();
    await page.getByRole("radio", { name: /Current view/ }).check();
    const view = await exportPng(page, "export-view-2x.png", box.height);
    await page.getByRole("radio", { name: /Full graph/ }).check();
    const full = await exportPng(page, "export-full-faded-2x.png", box.height);
    const viewInk = countInk(view.buffer, { region: view.region });
    const fullInk = countInk(full.buffer, { region: full.region });
    // The few nodes of the view are drawn; the faded rest of the graph (light grey) is not.
    const faded = (png: Buffer, region: Region) => countColour(png, FADED_COLOR, 6, region);
    expect(viewInk).toBeGreaterThan(5000);
    expect(viewInk).toBeLessThan(fullInk);
    expect(faded(full.buffer, full.region)).toBeGreaterThan(5000);
    expect(faded(view.buffer, view.region)).toBeLessThan(faded(full.buffer, full.region) / 20);
    // The canvas on screen is as it was, faded rest included.
    expect(await graphInk(graph)).toBeGreaterThan(onScreen * 0.9);

    // With Hide on, the canvas itself shows only the view, framed: the two pictures are the same.
    const hidden = await app.open("/?org=unodc&fade=0");
    await hidden.page.getByRole("button", { name: /^Export/ }).click();
    const drawn = await exportPng(hidden.page, "export-full-hidden-2x.png", box.height);
    expect(differingPixels(drawn.buffer, view.buffer, view.region)).toBeLessThan(viewInk / 100);
    expect([...problems, ...hidden.problems]).toEqual([]);
  });
});
