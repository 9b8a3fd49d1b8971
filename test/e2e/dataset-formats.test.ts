// `?dataset=` reads what Open file reads, told by the same detection: a GEXF file and a graphology
// JSON export open by address as well as the contract's JSON. And the same data gets the same data
// version (`v=`) whether it came bundled or was opened as a file.
import { readdirSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { statusCounts } from "./panels-helpers";

const GRAPH_DATA = join(import.meta.dirname, "../../graph-data");

const title = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const version = (page: Page) => new URL(page.url()).searchParams.get("v");

/** The v= a link to a view carries: the first view's address has none, so a node is selected. */
async function linkVersion(page: Page): Promise<string | null> {
  await page.keyboard.press("/");
  await page.keyboard.type("Rome Memorandum");
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.get("select")).not.toBeNull();
  return version(page);
}

describeInBrowser("?dataset= in any format Open file reads", () => {
  const app = useApp();

  it("must show: opens a GEXF file by address and draws it", async () => {
    const { page, problems, shot } = await app.open("/?dataset=fixtures/formats/gephi.gexf");
    expect(await title(page)).toBe("gephi");
    expect(await statusCounts(page)).toEqual({ shown: 3, total: 3 });
    expect(new URL(page.url()).searchParams.get("dataset")).toBe("fixtures/formats/gephi.gexf");
    expect(version(page)).toMatch(/^[0-9a-f]{8}$/);
    await shot("dataset-param-gexf");
    expect(problems).toEqual([]);
  });

  it("must show: opens a graphology JSON export by address and draws it", async () => {
    const { page, problems } = await app.open("/?dataset=fixtures/formats/graphology.json");
    expect(await title(page)).toBe("A graphology export");
    expect(await statusCounts(page)).toEqual({ shown: 3, total: 3 });
    expect(problems).toEqual([]);
  });

  it("must show: the bundled dataset and the same file opened by the reader get one v=", async () => {
    const { page, problems } = await app.open("/");
    const bundled = await linkVersion(page);
    expect(bundled).toMatch(/^[0-9a-f]{8}$/);
    const before = await title(page);
    const sources = readdirSync(join(GRAPH_DATA, "sources")).map((name) => join(GRAPH_DATA, "sources", name));
    await page.locator("input[type='file']").setInputFiles([join(GRAPH_DATA, "veo-rehabilitation.json"), ...sources]);
    await expect
      .poll(() =>
        page
          .getByRole("status")
          .filter({ hasText: /^Opened veo-rehabilitation\.json/ })
          .count(),
      )
      .toBe(1);
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    expect(await title(page)).toBe(before);
    expect(new URL(page.url()).searchParams.get("select")).toBeNull();
    expect(await linkVersion(page)).toBe(bundled);
    expect(problems).toEqual([]);
  });
});
