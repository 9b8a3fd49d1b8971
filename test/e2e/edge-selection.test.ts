// A relation as a reader meets it: a deep link to it shows its sentence and the quote behind it,
// "Show this link" in a node's details selects it, the canvas selects it by a click on the line,
// and the close button lets it go.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, details, detailsHeading, label, plain } from "./panels-helpers";
import { PNG } from "pngjs";

import { findBlank, graphScreenshot, type Region } from "./pixels";

const EDGE = "icct--co-hosted--hague-conference-2011";
const edge = DATA.edges.find((e) => `${e.source}--${e.attributes.relation}--${e.target}` === EDGE)!;
const quote = (edge.attributes as unknown as { sources: { quote: string; source: string }[] }).sources[0]!;
const SENTENCE = `${label(edge.source)} co-hosted ${label(edge.target)}`;
const ORGANISATION = "#0072B2";
const EVENT = "#E69F00";

/** Mean position of the pixels of one colour inside `region`. */
function centroid(png: Buffer, colour: string, region: Region): { x: number; y: number } {
  const { data, width } = PNG.sync.read(png);
  const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  let [sx, sy, n] = [0, 0, 0];
  for (let y = region.y; y < region.y + region.height; y++)
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (Math.floor(y) * width + Math.floor(x)) * 4;
      if (rgb.every((c, k) => Math.abs(data[i + k] - c) <= 24)) [sx, sy, n] = [sx + x, sy + y, n + 1];
    }
  if (!n) throw new Error(`no ${colour} pixels`);
  return { x: sx / n, y: sy / n };
}

describeInBrowser("a selected relation", () => {
  const app = useApp();

  it("opens from a link with its sentence, both ends as links and the quote with its source", async () => {
    const { page, problems } = await app.open(`/?edge=${EDGE}`);
    await settle(page);
    const panel = details(page);
    expect(await detailsHeading(page).textContent()).toBe(SENTENCE);
    expect(plain((await panel.locator("blockquote").first().textContent()) ?? "")).toBe(plain(quote.quote));
    const title = DATA.attributes.sources.find((s) => s.id === quote.source)!.title;
    expect(await panel.getByText(title, { exact: true }).count()).toBeGreaterThan(0);
    expect(await panel.getByRole("link", { name: label(edge.source) }).count()).toBe(1);
    expect(await panel.getByRole("link", { name: label(edge.target) }).count()).toBe(1);

    // Following an end selects that node instead.
    await panel.getByRole("link", { name: label(edge.target) }).click();
    await settle(page, 300);
    const params = new URL(page.url()).searchParams;
    expect([params.get("select"), params.get("edge")]).toEqual([edge.target, null]);
    expect(await detailsHeading(page).textContent()).toBe(label(edge.target));
    expect(problems).toEqual([]);
  });

  it("is selected from a node's relations with 'Show this link', takes the focus, and closes", async () => {
    const { page, problems } = await app.open(`/?select=${edge.source}`);
    await settle(page);
    await details(page)
      .getByRole("button", { name: `Show this link: ${SENTENCE}` })
      .click();
    await settle(page, 300);
    const params = new URL(page.url()).searchParams;
    expect([params.get("select"), params.get("edge")]).toEqual([null, EDGE]);
    expect(await detailsHeading(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await detailsHeading(page).textContent()).toBe(SENTENCE);
    // Back returns to the node.
    await page.goBack();
    await settle(page, 300);
    expect(new URL(page.url()).searchParams.get("select")).toBe(edge.source);
    await page.goForward();
    await settle(page, 300);
    await details(page).getByRole("button", { name: "Close details" }).click();
    expect(new URL(page.url()).searchParams.get("edge")).toBeNull();
    expect(problems).toEqual([]);
  });

  it("is selected by clicking its line on the canvas, after the pointer names it", async () => {
    const { page, graph, problems } = await app.open(`/?edge=${EDGE}`);
    const opened = page.url();
    await settle(page);
    const box = (await graph.boundingBox())!;
    // The link draws its two ends in colour, everything else faded: the line runs between them.
    const shot = await graphScreenshot(graph);
    const upper = { x: 0, y: 0, width: box.width, height: box.height * 0.8 };
    const a = centroid(shot, ORGANISATION, upper);
    const b = centroid(shot, EVENT, upper);
    const blank = findBlank(shot)!;
    await page.mouse.click(box.x + blank.x, box.y + blank.y);
    await settle(page, 300);
    expect(new URL(page.url()).searchParams.get("edge")).toBeNull();
    const resting = await graphScreenshot(graph);
    // Along the middle of the line, a few pixels either side, until the pointer is on it. Another line
    // may cross there (the layout follows the data), so a click that selects something else (and frames
    // it) starts again from the link and tries further along.
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const [nx, ny] = [-(b.y - a.y) / length, (b.x - a.x) / length];
    let pointed = false;
    let selected: string | null = null;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      for (let d = -4; d <= 4 && selected !== EDGE; d++) {
        const at = { x: box.x + a.x + (b.x - a.x) * t + nx * d, y: box.y + a.y + (b.y - a.y) * t + ny * d };
        await page.mouse.move(at.x, at.y);
        await settle(page, 60);
        if ((await graph.locator(".is-pointing").count()) !== 1) continue;
        if (!pointed) {
          // Pointed at, the line is drawn stronger with its relation written along it.
          expect(Buffer.compare(await graphScreenshot(graph), resting)).not.toBe(0);
          pointed = true;
        }
        await page.mouse.click(at.x, at.y);
        await settle(page, 300);
        selected = new URL(page.url()).searchParams.get("edge");
        if (selected === EDGE) break;
        await page.goto(opened);
        await settle(page);
        await page.mouse.click(box.x + blank.x, box.y + blank.y);
        await settle(page, 300);
      }
      if (selected === EDGE) break;
    }
    expect(pointed).toBe(true);
    expect(selected).toBe(EDGE);
    expect(await detailsHeading(page).textContent()).toBe(SENTENCE);
    expect(problems).toEqual([]);
  });

  it("lets go of the relation on Escape", async () => {
    const { page, problems } = await app.open(`/?edge=${EDGE}`);
    await settle(page, 300);
    await page.keyboard.press("Escape");
    await settle(page, 300);
    expect(new URL(page.url()).searchParams.get("edge")).toBeNull();
    expect(await detailsHeading(page).textContent()).not.toBe(SENTENCE);
    expect(problems).toEqual([]);
  });

  it("says so when a link names a relation the data does not have", async () => {
    const { page, problems } = await app.open("/?edge=icct--hosted--nowhere");
    await settle(page, 300);
    expect(await page.getByText('No relation "icct--hosted--nowhere" in this dataset').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
