// axe-core on the main views: the graph, details, lineage and connections open, a filtered view,
// the table and the source reader. Any serious or critical violation fails, listed with the
// elements it was found on.
import { expect, it } from "vitest";

import { seriousViolations } from "./axe";
import { describeInBrowser, settle, useApp } from "./harness";

const VIEWS: [name: string, path: string, ready: string][] = [
  ["graph", "/", ".graph-canvas"],
  ["details open", "/?select=rome-memorandum", ".node-details"],
  ["lineage open", "/?lineage=good-practices-document", ".graph-canvas"],
  ["connections open", "/?path=ban-ki-moon,rome-memorandum", ".graph-canvas"],
  ["filters hiding the rest", "/?org=unicri&from=2012&to=2013&fade=0", ".graph-canvas"],
  ["table", "/?view=table", ".table-view"],
  ["source reader", "/?source=icct-rehabilitation-project&select=icct", ".source-reader"],
];

describeInBrowser("accessibility (axe-core)", () => {
  const app = useApp();

  for (const [name, path, ready] of VIEWS)
    it(`has no serious or critical violation: ${name}`, async () => {
      const { page, problems, shot } = await app.open(path);
      await page.locator(ready).first().waitFor();
      await settle(page, 300);
      await shot(`axe-${name.replace(/\s+/g, "-")}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });

  it("has no serious or critical violation with the shortcuts dialog and the export menu open", async () => {
    const { page, problems } = await app.open("/?select=icct");
    await page.getByRole("button", { name: /^Export/ }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
