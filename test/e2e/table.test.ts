// The table view: every node of the dataset at /?view=table, sortable with aria-sort, following
// the filters, selection both ways, and the skip link that leads to it.
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { DATA, detailsHeading, label, statusCounts } from "./panels-helpers";

describeInBrowser("table view", () => {
  const app = useApp();

  it("lists every node of the dataset at /?view=table, with a caption and row headers", async () => {
    const { page, problems, shot } = await app.open("/?view=table");
    const nodes = page.getByRole("table", { name: /^Nodes in view/ });
    await expect.poll(() => nodes.getByRole("row").count()).toBe(DATA.nodes.length + 1);
    const names = await nodes.getByRole("rowheader").allTextContents();
    expect(names.sort()).toEqual(DATA.nodes.map((n) => n.attributes.label).sort());
    expect(await nodes.locator("caption").textContent()).toContain(`${DATA.nodes.length} of ${DATA.nodes.length}`);
    const relations = page.getByRole("table", { name: /^Relations among the nodes in view/ });
    expect(await relations.getByRole("row").count()).toBe(DATA.edges.length + 1);
    await shot("table-view");
    expect(problems).toEqual([]);
  });

  it("sorts by name, kind and date, saying so with aria-sort", async () => {
    const { page, problems } = await app.open("/?view=table");
    const nodes = page.getByRole("table", { name: /^Nodes in view/ });
    const header = (name: string) => nodes.getByRole("columnheader", { name });
    expect(await header("Name").getAttribute("aria-sort")).toBe("ascending");
    const firstNames = async () => (await nodes.getByRole("rowheader").allTextContents()).slice(0, 3);
    const ascending = await firstNames();
    await header("Name").getByRole("button").click();
    expect(await header("Name").getAttribute("aria-sort")).toBe("descending");
    expect(await firstNames()).not.toEqual(ascending);

    await header("Kind").getByRole("button").click();
    expect(await header("Kind").getAttribute("aria-sort")).toBe("ascending");
    expect(await header("Name").getAttribute("aria-sort")).toBe("none");
    const kinds = await nodes.locator("tbody tr td:nth-of-type(1)").allTextContents();
    expect(kinds[0]).toBe("Event");
    expect(kinds.at(-1)).toBe("Theme");

    await header("Date").getByRole("button").click();
    const dated = DATA.nodes
      .filter((n) => (n.attributes as { start?: string }).start)
      .sort((a, b) =>
        String((a.attributes as { start?: string }).start).localeCompare(
          String((b.attributes as { start?: string }).start),
        ),
      );
    expect(await nodes.getByRole("rowheader").first().textContent()).toBe(dated[0]!.attributes.label);
    expect(problems).toEqual([]);
  });

  it("follows the filters, and selects both ways", async () => {
    const { page, problems, shot } = await app.open("/?view=table&org=hedayah");
    const { shown } = await statusCounts(page);
    const nodes = page.getByRole("table", { name: /^Nodes in view/ });
    await expect.poll(() => nodes.getByRole("rowheader").count()).toBe(shown);

    await nodes.getByRole("button", { name: label("hedayah"), exact: true }).click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("hedayah"));
    expect(new URL(page.url()).searchParams.get("select")).toBe("hedayah");
    const current = nodes.locator("tr[aria-current='true']");
    expect(await current.getByRole("rowheader").textContent()).toBe(label("hedayah"));

    // The other way round: a node chosen in the details panel is marked in the table.
    await page.getByRole("complementary", { name: "Details" }).locator("a.node-link").first().click();
    const other = await detailsHeading(page).textContent();
    expect(other).not.toBe(label("hedayah"));
    await expect.poll(() => current.getByRole("rowheader").textContent()).toBe(other);
    await shot("table-selected");
    expect(problems).toEqual([]);
  });

  it("is one Tab away: the skip link opens the table and moves focus into it", async () => {
    const { page, problems } = await app.open("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to table" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("table-view");
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    expect(problems).toEqual([]);
  });
});
