// Names, descriptions, aliases and titles that look like HTML are shown as the text they are:
// nothing in them runs and no element is made from them.
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { details, detailsHeading, searchBox } from "./panels-helpers";

const ORG_LABEL = '<img src=x onerror="window.xssFired=1">';
const EVENT_LABEL = "Meeting <script>window.xssFired=2</script>";

describeInBrowser("panels: markup in the data", () => {
  const app = useApp();

  it("renders a hostile label, alias, description and source title as text", async () => {
    const { page, problems, shot } = await app.open("/?dataset=fixtures/xss.json&select=hostile-org");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(ORG_LABEL);
    const panel = details(page);
    expect(await panel.textContent()).toContain('<b onmouseover="window.xssFired=3">bold claims</b>');
    expect(await panel.textContent()).toContain("<script>window.xssFired=2</script> An organisation");
    expect(await panel.getByRole("link", { name: "<i>Hostile</i> source" }).count()).toBeGreaterThan(0);
    expect(await panel.getByRole("link", { name: EVENT_LABEL }).count()).toBe(1);
    // No element was made from the data.
    expect(await page.locator("img, b, i, em, script:not([src])").count()).toBe(0);

    await searchBox(page).fill("meeting");
    const option = page.getByRole("listbox").getByRole("option").first();
    await expect.poll(() => option.textContent()).toContain(EVENT_LABEL);
    await shot("panels-xss");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(EVENT_LABEL);

    expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
