// The lineage as a reader meets it: a deep link lists the documents in date order, each dated,
// each later step told in a sentence with its quote; the canvas stresses the chain; "Trace lineage"
// opens it from the details and closing it returns to where the reader was.
import { expect, it } from "vitest";

import { dateKey, formatDate, isLineage, type Relation } from "../../src/model";
import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, details, detailsHeading, label } from "./panels-helpers";
import { countColour, countColourful, graphScreenshot } from "./pixels";

const DOCUMENT = "#D55E00";
const start = (key: string) =>
  (DATA.nodes.find((n) => n.key === key)?.attributes as { start?: string } | undefined)?.start;

describeInBrowser("lineage", () => {
  const app = useApp();

  it("lists the good-practices document, the Rome Memorandum and the guidance that followed, in date order, each dated", async () => {
    const { page, graph, problems, shot } = await app.open("/?lineage=good-practices-document");
    const panel = page.getByRole("complementary", { name: "Lineage" });
    await panel.getByRole("heading", { level: 2, name: label("good-practices-document") }).waitFor();
    const steps = panel.locator(".lineage-step");
    const titles = (await steps.locator(".lineage-title").allTextContents()).map((t) => t.trim());
    const order = ["good-practices-document", "rome-memorandum", "additional-guidance-psychology-2013"].map((k) =>
      titles.indexOf(label(k)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The later guidance in the dataset comes after the psychology guidance.
    expect(titles.indexOf(label("addendum-legal-frameworks"))).toBeGreaterThan(order[2]!);

    // Each dated document shows its own date, in words; the dates never go backwards.
    for (const key of ["rome-memorandum", "additional-guidance-psychology-2013"]) {
      const card = steps.filter({ has: page.locator(".lineage-title", { hasText: label(key) }) });
      expect(await card.locator(".lineage-date time").textContent()).toBe(formatDate(start(key)!));
    }
    // No source dates the good practices document: its card says so, and what places it.
    const first = steps.filter({ has: page.locator(".lineage-title", { hasText: label("good-practices-document") }) });
    expect(await first.locator(".lineage-undated").textContent()).toBe("No date");
    expect(await first.locator(".story-note").first().textContent()).toBe(
      "Undated; placed by its earliest event, 6 December 2011.",
    );
    const dates = await steps
      .locator(".lineage-date time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    const keys = dates.map((d) => dateKey(d));
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);

    // The step into the Rome Memorandum is one sentence, backed by a quote with its source.
    const rome = steps.filter({ has: page.locator(".lineage-title", { hasText: "Rome Memorandum" }) }).first();
    expect(await rome.locator(".step-sentence").first().textContent()).toBe(
      `GCTF turned the ${label("good-practices-document")} into the Rome Memorandum, May 2012; adopted June 2012.`,
    );
    // The card's date is the adoption; its note names the meeting that gives the sentence its month.
    expect(await rome.locator(".lineage-date time").textContent()).toBe("June 2012");
    expect(await rome.locator(".story-note").first().textContent()).toMatch(
      /^Produced May 2012 \(.+\); adopted June 2012\.$/,
    );
    expect((await rome.locator("blockquote").first().textContent())?.length).toBeGreaterThan(20);
    // Branches stay branches: the guidance documents hang off the Rome Memorandum.
    const builtOn = new Set(
      DATA.edges
        .filter((e) => e.target === "rome-memorandum" && isLineage(e.attributes.relation as Relation))
        .map((e) => e.source),
    );
    expect(builtOn.size).toBeGreaterThanOrEqual(4);
    expect(await rome.locator(".lineage-branches").textContent()).toMatch(
      new RegExp(`${builtOn.size} documents build on it`),
    );
    expect(await panel.locator(".lineage-step.lane-1, .lineage-step.lane-2").count()).toBeGreaterThan(0);
    // The undated addendum is reported in words.
    expect(await panel.getByRole("list", { name: "Gaps in this lineage" }).textContent()).toMatch(/has no date/);

    // On the canvas the chain stands out and the rest fades.
    await settle(page);
    const traced = await graphScreenshot(graph);
    expect(countColour(traced, DOCUMENT)).toBeGreaterThan(400);
    const plain = await app.open("/");
    await settle(plain.page);
    expect(countColourful(traced)).toBeLessThan(countColourful(await graphScreenshot(plain.graph)));
    await shot("lineage-good-practices");
    expect(problems).toEqual([]);
    expect(plain.problems).toEqual([]);
  });

  it("offers a first-time reader the Rome Memorandum's story from the welcome", async () => {
    const { page, problems } = await app.open("/");
    await details(page).getByRole("button", { name: "Trace how it came about" }).click();
    const panel = page.getByRole("complementary", { name: "Lineage" });
    await panel.getByRole("heading", { level: 2, name: "Rome Memorandum" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lineage")).toBe("rome-memorandum");
    // Traced from the memorandum, the story still starts with the document it came from.
    expect(await panel.locator(".lineage-step .lineage-title").first().textContent()).toBe(
      label("good-practices-document"),
    );
    expect(problems).toEqual([]);
  });

  it("opens from the details with 'Trace lineage', and closing it returns to the details and the same view", async () => {
    const { page, graph, problems } = await app.open("/?select=rome-memorandum");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    await settle(page);
    const before = await graphScreenshot(graph);
    await details(page).getByRole("button", { name: "Trace lineage" }).click();
    const panel = page.getByRole("complementary", { name: "Lineage" });
    await panel.getByRole("heading", { level: 2, name: "Rome Memorandum" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lineage")).toBe("rome-memorandum");
    // The reader's focus moves to the panel that opened.
    expect(await panel.getByRole("heading", { level: 2 }).evaluate((el) => el === document.activeElement)).toBe(true);
    await settle(page);
    expect(Buffer.compare(await graphScreenshot(graph), before)).not.toBe(0);

    await panel.getByRole("button", { name: "Close lineage" }).click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    expect(new URL(page.url()).searchParams.get("lineage")).toBeNull();
    await settle(page);
    // The camera went back to where it was: the picture is the one before, give or take anti-aliasing.
    const after = countColourful(await graphScreenshot(graph));
    expect(Math.abs(after - countColourful(before))).toBeLessThan(countColourful(before) * 0.02);
    expect(problems).toEqual([]);
  });

  it("closes with Escape before the selection underneath it", async () => {
    const { page, problems } = await app.open("/?select=rome-memorandum&lineage=rome-memorandum");
    const panel = page.getByRole("complementary", { name: "Lineage" });
    await panel.getByRole("heading", { level: 2, name: "Rome Memorandum" }).waitFor();
    await page.locator("body").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    expect(new URL(page.url()).searchParams.get("lineage")).toBeNull();
    expect(new URL(page.url()).searchParams.get("select")).toBe("rome-memorandum");
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.get("select")).toBeNull();
    expect(problems).toEqual([]);
  });
});
