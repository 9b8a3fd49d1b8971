// Opening a local file: a malformed one shows an alert naming the problem while the graph already
// shown stays; a good one replaces the graph (its own title, the address reset); dropping a file
// on the page does the same as the picker; a large file is read in a worker with progress and Cancel.
// Back after opening a file returns to the graph shown before, in the view it was left in.
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, detailsHeading, label, statusCounts } from "./panels-helpers";

const FIXTURES = join(import.meta.dirname, "../fixtures/io");

function selected(page: Page): string | null {
  return new URL(page.url()).searchParams.get("select");
}

/** Selects the first search result for `text`, the way a reader does with the keyboard. */
async function searchAndSelect(page: Page, text: string) {
  await page.keyboard.press("/");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

function picker(page: Page) {
  return page.locator("input[type='file']");
}

async function title(page: Page): Promise<string | null> {
  return page.getByRole("heading", { level: 1 }).textContent();
}

/** A graphology JSON of two nodes, one carrying `padding` characters of notes. */
function flatGraph(padding: number): string {
  return JSON.stringify({
    attributes: { title: "Big file" },
    nodes: [
      { key: "a", attributes: { label: "Alpha", notes: "x".repeat(padding) } },
      { key: "b", attributes: { label: "Beta" } },
    ],
    edges: [{ key: "ab", source: "a", target: "b", attributes: {} }],
  });
}

describeInBrowser("import", () => {
  const app = useApp();

  it("must show: a malformed file gives an alert naming the problem, and the graph shown stays", async () => {
    const { page, problems, shot } = await app.open("/?select=rome-memorandum");
    const before = { title: await title(page), counts: await statusCounts(page), url: page.url() };
    await picker(page).setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{ "nodes": [ { "key": "a", } ] }'),
    });
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    expect(await alert.getByRole("heading").textContent()).toContain("broken.json could not be opened");
    const listed = await alert.getByRole("alert").textContent();
    expect(listed).toContain("broken.json");
    expect(listed).toMatch(/line 1/i);
    await shot("import-malformed");
    await alert.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => alert.isVisible()).toBe(false);
    expect(await title(page)).toBe(before.title);
    expect(await statusCounts(page)).toEqual(before.counts);
    expect(page.url()).toBe(before.url);
    expect(problems).toEqual([]);
  });

  it("lists every problem of a GEXF file with dangling edges, each with its place", async () => {
    const { page, problems } = await app.open("/");
    const before = await title(page);
    await picker(page).setInputFiles(join(FIXTURES, "dangling.gexf"));
    const list = page.getByRole("alertdialog").getByRole("alert");
    await list.waitFor();
    const items = await list.getByRole("listitem").allTextContents();
    expect(items.some((t) => t.includes('"ghost"'))).toBe(true);
    expect(items.some((t) => t.includes('"nobody"'))).toBe(true);
    expect(await title(page)).toBe(before);
    expect(problems).toEqual([]);
  });

  it("switches to a good file: its own title, its nodes, the address reset", async () => {
    const { page, problems, shot } = await app.open("/?select=rome-memorandum&org=hedayah");
    await picker(page).setInputFiles(join(FIXTURES, "gephi-like.gexf"));
    await expect.poll(() => title(page)).toBe("gephi-like");
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    expect(await statusCounts(page)).toEqual({ shown: 3, total: 3 });
    const params = new URL(page.url()).searchParams;
    expect(params.get("select")).toBeNull();
    expect(params.get("org")).toBeNull();
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: /Opened gephi-like\.gexf/ })
        .count(),
    ).toBeGreaterThan(0);
    await settle(page);
    await shot("import-gexf");
    expect(problems).toEqual([]);
  });

  it("Back after opening a file returns to the graph before it, as it was left; Forward to the file", async () => {
    const { page, problems, shot } = await app.open("/?select=rome-memorandum");
    const before = { title: await title(page), counts: await statusCounts(page), url: page.url() };
    await picker(page).setInputFiles(join(FIXTURES, "gephi-like.gexf"));
    await expect.poll(() => title(page)).toBe("gephi-like");
    await searchAndSelect(page, "Hedayah");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Hedayah");
    expect(selected(page)).toBe("n0");

    // Back within the file's own steps: still the file, nothing selected.
    await page.goBack();
    await expect.poll(() => selected(page)).toBeNull();
    expect(await title(page)).toBe("gephi-like");
    expect(await statusCounts(page)).toEqual({ shown: 3, total: 3 });

    // Back past the opening: the default graph, with the Rome Memorandum still selected, and no
    // notices about nodes the file does not have.
    await page.goBack();
    await expect.poll(() => title(page)).toBe(before.title);
    expect(page.url()).toBe(before.url);
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    expect(await statusCounts(page)).toEqual(before.counts);
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    expect(await page.locator(".notice-area").textContent()).toBe("");
    await settle(page);
    await shot("import-back");

    await page.goForward();
    await expect.poll(() => title(page)).toBe("gephi-like");
    expect(await statusCounts(page)).toEqual({ shown: 3, total: 3 });
    await page.goForward();
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Hedayah");
    expect(problems).toEqual([]);
  });

  it("after a reload the opened file is gone: the default graph is shown, saying why, and Back still works", async () => {
    const { page, problems } = await app.open("/?select=rome-memorandum");
    const before = { title: await title(page), url: page.url() };
    await picker(page).setInputFiles(join(FIXTURES, "gephi-like.gexf"));
    await expect.poll(() => title(page)).toBe("gephi-like");
    await searchAndSelect(page, "Hedayah");
    await expect.poll(() => selected(page)).toBe("n0");

    await page.reload();
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    expect(await title(page)).toBe(before.title);
    expect(selected(page)).toBeNull();
    const notices = page.locator(".notice-area");
    expect(await notices.textContent()).toContain("gephi-like.gexf, a file opened earlier that is no longer open");
    expect(await notices.getByRole("alert").count()).toBe(0);

    await page.goBack();
    await expect.poll(() => notices.textContent()).toContain("gephi-like.gexf");
    expect(await title(page)).toBe(before.title);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(before.url);
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    expect(problems).toEqual([]);
  });

  it("opens a file dropped on the page", async () => {
    const { page, problems } = await app.open("/");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.json", { type: "application/json" }));
      for (const type of ["dragenter", "dragover", "drop"])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, flatGraph(10));
    await expect.poll(() => title(page)).toBe("Big file");
    expect(await statusCounts(page)).toEqual({ shown: 2, total: 2 });
    expect(problems).toEqual([]);
  });

  it("reads a large file in a worker with a progress bar, and Cancel leaves the graph as it was", async () => {
    const big = join(tmpdir(), `explorer-big-${process.pid}.json`);
    await writeFile(big, flatGraph(60 * 1024 * 1024));
    const { page, problems, shot } = await app.open("/");
    const before = await title(page);
    await picker(page).setInputFiles(big);
    const progress = page.getByRole("progressbar");
    await progress.waitFor();
    await shot("import-progress");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => progress.count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await title(page)).toBe(before);

    // Read to the end this time: the big graph replaces the default one.
    await picker(page).setInputFiles(big);
    await expect.poll(() => title(page), { timeout: 60_000 }).toBe("Big file");
    expect(await statusCounts(page)).toEqual({ shown: 2, total: 2 });
    await rm(big);
    expect(problems).toEqual([]);
  });

  it("reads back its own JSON export: same nodes and relations, quotes marked unverified without their texts", async () => {
    const { page, problems, shot } = await app.open("/");
    const before = { title: await title(page), counts: await statusCounts(page) };
    await page.getByRole("button", { name: /^Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "JSON", exact: true }).click(),
    ]);
    const saved = join(tmpdir(), `explorer-export-${process.pid}`, download.suggestedFilename());
    await download.saveAs(saved);
    await picker(page).setInputFiles(saved);
    await expect
      .poll(() =>
        page
          .getByRole("status")
          .filter({ hasText: /^Opened / })
          .count(),
      )
      .toBe(1);
    expect(await title(page)).toBe(before.title);
    expect(await statusCounts(page)).toEqual(before.counts);
    const notices = await page.locator(".notice-area").textContent();
    expect(notices).toContain(`Opened ${download.suggestedFilename()} (a dataset in the explorer's data contract)`);
    expect(notices).toContain(`${DATA.attributes.sources.length} source(s) came without their text`);
    await page.keyboard.press("/");
    await page.keyboard.type("rome memorandum");
    await page.keyboard.press("Enter");
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => panel.getByText("Unverified: the source text was not given").count()).toBeGreaterThan(0);
    expect(await panel.getByRole("button", { name: "Show in source" }).count()).toBe(0);
    await shot("import-own-json");
    expect(problems).toEqual([]);
  });
});
