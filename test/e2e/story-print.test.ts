// Vector output: the SVG of a view parses and names what is on the canvas; the print (PDF) of a
// view and of a whole story has its graph as vector paths, footnotes on the highlighted relations
// and an appendix with every quote the view cites, each with its source.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { DOMParser } from "@xmldom/xmldom";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import type { Story } from "../../src/model";
import { describeInBrowser, settle, SHOTS, useApp } from "./harness";

interface Raw {
  attributes: { stories: Story[]; sources: { id: string; title: string; publisher?: string; url?: string }[] };
  nodes: { key: string; attributes: { label: string; sources: { source: string; quote: string }[] } }[];
}
const DATA = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../graph-data/veo-rehabilitation.json"), "utf8"),
) as Raw;
const STORY = DATA.attributes.stories[0]!;
const squash = (text: string) => text.replace(/\s+/g, "");

async function pdfText(pdf: Buffer): Promise<{ text: string; images: number; paths: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = "";
  let [images, paths] = [0, 0];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("") + "\n";
    const ops = await page.getOperatorList();
    for (const fn of ops.fnArray) {
      if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) images++;
      if (fn === OPS.constructPath) paths++;
    }
  }
  return { text, images, paths };
}

async function printed(page: Page, button: string, shot?: string): Promise<Buffer> {
  await page.getByRole("button", { name: button }).click();
  await page.locator(".print-sheet").waitFor({ state: "attached", timeout: 30_000 });
  if (shot) {
    // What the first page of the PDF holds, as the print stylesheet lays it out (the PDF itself is checked as text).
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(SHOTS, `${shot}.png`) });
    await page.emulateMedia({ media: null });
  }
  return page.pdf({ format: "A4" });
}

describeInBrowser("story output", () => {
  const app = useApp();

  it("exports the view as an SVG that parses and holds every node on the canvas, named", async () => {
    const { page, problems } = await app.open(`/?story=${STORY.id}&step=7`, { viewport: { width: 1400, height: 900 } });
    await settle(page, 1500);
    const drawn = await page
      .locator(".sigma-container")
      .evaluate((el) =>
        ((el as HTMLElement & { drawnLabels?: { kind: string; text: string }[] }).drawnLabels ?? [])
          .filter((l) => l.kind !== "edge")
          .map((l) => l.text),
      );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "SVG of this view" }).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => void (level !== "warning" && errors.push(message)),
    }).parseFromString(text, "image/svg+xml");
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe("svg");
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    const titles = Array.from(doc.getElementsByTagName("title")).map((t) => t.textContent ?? "");
    expect(drawn.length).toBeGreaterThan(5);
    for (const name of drawn) expect(texts).toContain(name);
    // The lineage this step traces is on the canvas: each of its documents is in the SVG by its full name.
    for (const key of ["rome-memorandum", "good-practices-document", "additional-guidance-psychology-2013"])
      expect(titles).toContain(DATA.nodes.find((n) => n.key === key)!.attributes.label);
    // Each highlighted relation is numbered on the graph.
    const marks = Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("class") === "footnote-marks");
    expect(marks?.getElementsByTagName("text").length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("prints the step as a PDF: vector graph, footnotes, and an appendix with every quote it cites", async () => {
    const { page, problems } = await app.open(`/?story=${STORY.id}&step=5`, { viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => (window.print = () => undefined));
    await page.reload();
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    await settle(page, 1500);
    const pdf = await printed(page, "Print or PDF…", "story-print-first-page");
    const { text, images, paths } = await pdfText(pdf);
    expect(images).toBe(0);
    expect(paths).toBeGreaterThan(20);
    const flat = squash(text);
    expect(flat).toContain(squash("Appendix: the quotes cited"));
    expect(flat).toContain(squash(STORY.steps[4]!.caption));
    expect(flat).toContain(squash("Relations marked on the graph"));
    const step = STORY.steps[4]!;
    const select = DATA.nodes.find((n) => n.key === step.view.select)!;
    const cited = [...step.quotes.map((q) => q.quote), ...select.attributes.sources.map((s) => s.quote)];
    for (const quote of cited) expect(flat).toContain(squash(quote));
    for (const id of new Set(select.attributes.sources.map((s) => s.source))) {
      const ref = DATA.attributes.sources.find((s) => s.id === id)!;
      expect(flat).toContain(squash(ref.title));
      if (ref.url) expect(flat).toContain(squash(ref.url));
    }
    expect(problems).toEqual([]);
  });

  it("prints the whole story: every step's caption and every quote its steps cite", async () => {
    const { page, problems } = await app.open(`/?story=${STORY.id}&step=2`, { viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => (window.print = () => undefined));
    await page.reload();
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    const pdf = await printed(page, "Print the whole story…");
    const flat = squash((await pdfText(pdf)).text);
    for (const step of STORY.steps) {
      expect(flat).toContain(squash(step.caption));
      for (const q of step.quotes) expect(flat).toContain(squash(q.quote));
    }
    // Back at the step it was printed from.
    expect(new URL(page.url()).searchParams.get("step")).toBe("2");
    expect(problems).toEqual([]);
  }, 90_000);
});
