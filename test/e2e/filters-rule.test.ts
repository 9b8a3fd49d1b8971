// Filters that mean what they say (issue 11): with Hide, what is shown is what the filters keep and
// is linked to something else kept. Read on the UNICRI 2012–2013 Hide view through what the page
// itself shows: the table view (its "Relations in view" column), the status line, the legend and
// the "current view" export, which all follow the same rule (src/queries/filters.ts).
import { readFile } from "node:fs/promises";

import { expect, it } from "vitest";

import { seriousViolations } from "./axe";
import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, statusCounts } from "./panels-helpers";

const VIEW = "/?org=unicri&from=2012&to=2013&fade=0";
const THEMES = DATA.nodes.filter((n) => n.attributes.kind === "theme").length;

describeInBrowser("the filters' rule", () => {
  const app = useApp();

  it("shows nothing on the UNICRI 2012–2013 Hide view that is linked to nothing else shown", async () => {
    const { page, problems } = await app.open(`${VIEW}&view=table`);
    const { shown } = await statusCounts(page);
    const nodes = page.getByRole("table", { name: /^Nodes in view/ });
    await expect.poll(() => nodes.getByRole("row").count()).toBe(shown + 1);
    // Every node in view has at least one relation to another node in view.
    const rows = await nodes.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector("th")?.textContent ?? "",
        kind: tr.querySelectorAll("td")[0]?.textContent ?? "",
        relations: Number(tr.querySelectorAll("td")[2]?.textContent),
      })),
    );
    expect(rows.filter((row) => !(row.relations >= 1))).toEqual([]);
    const names = rows.map((row) => row.name);
    expect(names).not.toContain("Involving former extremists");
    expect(names).toContain("UNICRI – UN Interregional Crime and Justice Research Institute");
    // Some themes, not all 21: each is addressed by something of UNICRI's dated 2012 or 2013.
    const themes = rows.filter((row) => row.kind === "Theme").length;
    expect(themes).toBeGreaterThan(0);
    expect(themes).toBeLessThan(THEMES);

    // The legend counts add up to the same set.
    const legend = page.getByRole("region", { name: "Legend" });
    const counts = (await legend.locator(".legend-count").allTextContents()).map((t) => Number(/^\d+/.exec(t)![0]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(shown);
    expect(await legend.locator('li[data-kind="theme"] .legend-count').textContent()).toBe(`${themes} of ${THEMES}`);
    expect(problems).toEqual([]);
  });

  it("exports the same set as the current view, each node linked to another in the file", async () => {
    const { page, problems } = await app.open(VIEW);
    const { shown } = await statusCounts(page);
    await page.getByRole("button", { name: /^Export/ }).click();
    await page.getByRole("radio", { name: /Current view/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "JSON", exact: true }).click(),
    ]);
    const json = JSON.parse(await readFile(await download.path(), "utf8")) as {
      nodes: { key: string }[];
      edges: { source: string; target: string }[];
    };
    expect(json.nodes).toHaveLength(shown);
    const linked = new Set(json.edges.flatMap((e) => (e.source === e.target ? [] : [e.source, e.target])));
    expect(json.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("says the rule beside Fade and Hide, and the filter panel passes axe", async () => {
    const { page, problems } = await app.open(VIEW);
    await settle(page);
    const choice = page.getByRole("group", { name: "Items outside the filters" });
    await expect.poll(() => choice.getAttribute("aria-describedby")).toBeTruthy();
    const rule = page.locator(`[id="${await choice.getAttribute("aria-describedby")}"]`);
    expect(await rule.textContent()).toMatch(/linked to something else kept/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
