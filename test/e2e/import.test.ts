// Opening a local file: a malformed one shows an alert naming the problem while the graph already
// shown stays; a good one replaces the graph (its own title, the address reset); dropping a file
// on the page does the same as the picker; a large file is read in a worker with progress and Cancel.
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, statusCounts } from "./panels-helpers";

const FIXTURES = join(import.meta.dirname, "../fixtures/io");

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
