// The source reader: `source=` opens it with the source's title, publisher and address; cited
// passages are marked, name the facts they support, and select them; "Show in source" on a
// citation opens the reader at that passage; the text is shown as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, details, detailsHeading, label, plain } from "./panels-helpers";

const SEED = "icct-rehabilitation-project";
const seedRef = () =>
  DATA.attributes.sources.find((s) => s.id === SEED)! as { title: string; url?: string; publisher?: string };

function reader(page: Page) {
  return page.getByRole("region", { name: seedRef().title });
}

describeInBrowser("source reader", () => {
  const app = useApp();

  it("opens from source= with title, publisher and a safe link to the original", async () => {
    const { page, problems, shot } = await app.open(`/?source=${SEED}`);
    const panel = reader(page);
    await panel.waitFor();
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe(seedRef().title);
    expect(await panel.textContent()).toContain(seedRef().publisher!);
    const link = panel.getByRole("link", { name: "Read the original" });
    expect(await link.getAttribute("href")).toBe(seedRef().url);
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await link.getAttribute("target")).toBe("_blank");
    // The whole text is there, as text: the Markdown link markup is not shown, its words are.
    const text = plain((await panel.locator(".source-text").textContent()) ?? "");
    expect(text).toContain("The initial event was convened by UNICRI in Lucca, Italy in May 2011.");
    expect(text).not.toContain("](#)");
    expect(await panel.locator(".source-text a, .source-text script").count()).toBe(0);
    // What the curator says of the source is labelled as such, not part of its title.
    const note = (DATA.attributes.sources.find((s) => s.id === SEED) as { note?: string }).note!;
    expect(await panel.locator(".curator-note").textContent()).toBe(`Curator's note: ${note}`);
    await shot("source-reader");
    expect(problems).toEqual([]);
  });

  it("names the facts a passage supports when pointed at, and selects them when chosen", async () => {
    const { page, problems } = await app.open(`/?source=${SEED}`);
    const panel = reader(page);
    const passage = panel.locator("mark.passage", { hasText: "transformed the document into a GCTF product" }).first();
    await passage.hover();
    const facts = panel.locator(".passage-facts");
    await expect.poll(() => facts.textContent()).toContain("Rome Memorandum was derived from");
    expect(await passage.getAttribute("title")).toContain("Rome Memorandum was derived from");
    await passage.click();
    await expect.poll(() => detailsHeading(page).textContent()).not.toBeNull();
    const selected = new URL(page.url()).searchParams.get("select");
    // The first fact's node: the passage also backs the Rome meeting's discussion of the document.
    expect(["rome-memorandum", "good-practices-document", "gctf-members-meeting-2012"]).toContain(selected);
    // Each fact of the list selects its own node.
    await facts.getByRole("button", { name: /^Rome Memorandum \(document\)/ }).click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    expect(problems).toEqual([]);
  });

  it("opens at the cited passage from Show in source, with focus on it", async () => {
    const { page, problems, shot } = await app.open("/?select=rome-memorandum");
    const citation = details(page)
      .locator("figure.citation:visible")
      .filter({ hasText: "formally adopted at the" })
      .first();
    const quote = plain((await citation.locator("blockquote").textContent()) ?? "");
    await citation.getByRole("button", { name: "Show in source" }).click();
    await settle(page, 300);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const pane = el.closest(".source-text")!.getBoundingClientRect();
      return { tag: el.tagName, text: el.textContent ?? "", inView: box.top >= pane.top && box.bottom <= pane.bottom };
    });
    expect(focused.tag).toBe("MARK");
    expect(quote).toContain(plain(focused.text).slice(0, 30));
    expect(focused.inView).toBe(true);
    expect(new URL(page.url()).searchParams.get("source")).toBe(SEED);
    await shot("source-show-in-source");
    // Escape closes the reader; the selection stays.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".source-reader").count()).toBe(0);
    expect(await detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    expect(problems).toEqual([]);
  });

  it("marks every cited passage of the seed", async () => {
    const { page, problems } = await app.open(`/?source=${SEED}`);
    const seed = readFileSync(join(import.meta.dirname, "../../graph-data/sources", `${SEED}.md`), "utf8");
    expect(seed.length).toBeGreaterThan(1000);
    const quotes = new Set<string>();
    for (const item of [...DATA.nodes, ...DATA.edges] as unknown as {
      attributes: { sources: { source: string; quote: string }[] };
    }[])
      for (const c of item.attributes.sources) if (c.source === SEED) quotes.add(plain(c.quote));
    const summary = await reader(page).locator(".source-summary").textContent();
    const count = Number(/(\d+) cited passage/.exec(summary ?? "")?.[1]);
    expect(count).toBe(quotes.size);
    expect(await reader(page).locator("mark.passage[role='button']").count()).toBe(quotes.size);
    expect(problems).toEqual([]);
  });

  it("shows a source whose text holds markup as text, never as HTML", async () => {
    const { page, problems, shot } = await app.open("/?dataset=fixtures/xss.json&source=xss-source");
    const panel = page.getByRole("region", { name: "<i>Hostile</i> source" });
    await panel.waitFor();
    const text = (await panel.locator(".source-text").textContent()) ?? "";
    expect(text).toContain('<img src=x onerror="window.xssFired=1">');
    expect(text).toContain("<script>window.xssFired=2</script>");
    expect(await panel.locator("img, script, b, i").count()).toBe(0);
    expect(await panel.locator("mark.passage").count()).toBeGreaterThan(0);
    await panel.locator("mark.passage").first().hover();
    expect(await page.evaluate(() => (window as { xssFired?: number }).xssFired)).toBeUndefined();
    await shot("source-reader-markup");
    expect(problems).toEqual([]);
  });
});
