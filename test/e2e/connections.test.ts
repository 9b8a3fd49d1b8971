// Connections as a reader meets them: a deep link shows the shortest chain between two nodes with
// a quote on every hop; the details panel asks for the second node with the search combobox; the
// time-respecting option and the filters say why there is no path when there is none.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { details, detailsHeading, label } from "./panels-helpers";
import { countColourful, graphScreenshot } from "./pixels";

describeInBrowser("connections", () => {
  const app = useApp();

  it("shows how Ban Ki-moon is connected to Hedayah, every hop a sentence with its quote", async () => {
    const { page, graph, problems, shot } = await app.open("/?path=ban-ki-moon,hedayah");
    const panel = page.getByRole("complementary", { name: "Connections" });
    const shortest = panel.getByRole("region", { name: "Shortest connection" });
    await shortest.waitFor();
    const nodes = (await shortest.locator(".path-node").allTextContents()).map((t) => t.trim());
    expect(nodes[0]).toContain(label("ban-ki-moon"));
    expect(nodes[nodes.length - 1]).toContain(label("hedayah"));
    const hops = shortest.locator(".path-hop");
    expect(await hops.count()).toBe(nodes.length - 1);
    expect(await hops.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await hops.count()); i++) {
      const hop = hops.nth(i);
      expect((await hop.locator(".hop-sentence").textContent())?.length).toBeGreaterThan(10);
      const quote = (await hop.locator("blockquote").first().textContent()) ?? "";
      expect(quote.trim().length).toBeGreaterThan(10);
      expect(await hop.locator("figcaption").first().isVisible()).toBe(true);
    }
    // Up to two alternatives, folded.
    expect(await panel.locator(".path-alternative").count()).toBeLessThanOrEqual(2);

    // The path stands out on the canvas: less colour than the whole graph at rest.
    await settle(page);
    const plain = await app.open("/");
    await settle(plain.page);
    expect(countColourful(await graphScreenshot(graph))).toBeLessThan(
      countColourful(await graphScreenshot(plain.graph)),
    );
    await shot("connections-ban-ki-moon-hedayah");
    expect(problems).toEqual([]);
  });

  it("asks for the second node from the details with the search combobox", async () => {
    const { page, problems } = await app.open("/?select=ban-ki-moon");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("ban-ki-moon"));
    await details(page).getByRole("button", { name: "How is this connected to…" }).click();
    const picker = page.getByRole("combobox", { name: /Connect .* to/ });
    await picker.fill("Hedayah");
    await expect.poll(() => picker.getAttribute("aria-expanded")).toBe("true");
    await picker.press("Enter");
    await page.getByRole("complementary", { name: "Connections" }).waitFor();
    expect(new URL(page.url()).searchParams.get("path")).toBe("ban-ki-moon,hedayah");
    expect(problems).toEqual([]);
  });

  it("says why there is no path: time-respecting only, or a filter in the way", async () => {
    // Clinton's only dated link is the June 2012 plenary, before anything Hedayah took part in.
    const { page, problems } = await app.open("/?path=hedayah,hillary-clinton");
    const panel = page.getByRole("complementary", { name: "Connections" });
    await panel.getByRole("region", { name: "Shortest connection" }).waitFor();
    await panel.getByRole("checkbox", { name: "Only time-respecting paths" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("timely")).toBe("1");
    const status = panel.getByRole("status");
    await expect.poll(() => status.textContent()).toMatch(/No connection found.*goes back in time/);
    await panel.getByRole("button", { name: "Show paths that go back in time" }).click();
    await panel.getByRole("region", { name: "Shortest connection" }).waitFor();

    const filtered = await app.open("/?path=ban-ki-moon,hedayah&kinds=person,organisation");
    const reason = filtered.page.getByRole("complementary", { name: "Connections" }).getByRole("status");
    await expect.poll(() => reason.textContent()).toMatch(/hidden by the kinds filter/);
    await reason.getByRole("button", { name: "Clear filters" }).click();
    await filtered.page.getByRole("region", { name: "Shortest connection" }).waitFor();
    expect(problems).toEqual([]);
    expect(filtered.problems).toEqual([]);
  });
});
