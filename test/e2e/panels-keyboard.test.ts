// The panels without a mouse: Tab reaches the search box and every filter, keys operate them,
// and whatever has focus shows it.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { detailsHeading, searchBox, statusCounts, tabTo } from "./panels-helpers";

async function focusRing(page: Page): Promise<{ style: string; width: number }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

describeInBrowser("panels: keyboard only", () => {
  const app = useApp();

  it("searches and selects with Tab, typing, arrows and Enter", async () => {
    const { page, problems, shot } = await app.open("/");
    const box = searchBox(page);
    await tabTo(page, box, 20);
    expect(await focusRing(page)).toMatchObject({ style: "solid" });
    expect((await focusRing(page)).width).toBeGreaterThanOrEqual(2);
    await page.keyboard.type("rome memo");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    await shot("panels-keyboard-search");
    expect(problems).toEqual([]);
  });

  it("operates the filters with Space, arrow keys and Enter", async () => {
    const { page, problems, shot } = await app.open("/");
    const full = await statusCounts(page);

    const hedayah = page.getByRole("checkbox", { name: /Hedayah/ });
    await tabTo(page, hedayah);
    expect((await focusRing(page)).width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Space");
    expect(await hedayah.isChecked()).toBe(true);
    const byOrg = await statusCounts(page);
    expect(byOrg.shown).toBeLessThan(full.total);

    const themes = page.getByRole("checkbox", { name: /^Themes/ });
    await tabTo(page, themes);
    await page.keyboard.press("Space");
    expect(await themes.isChecked()).toBe(false);
    expect((await statusCounts(page)).shown).toBeLessThan(byOrg.shown);

    // The year slider moves a year per arrow key.
    const from = page.getByRole("slider", { name: "From year" });
    await tabTo(page, from);
    const before = Number(await from.inputValue());
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(Number(await from.inputValue())).toBe(before + 2);
    expect(new URL(page.url()).searchParams.get("from")).toBe(String(before + 2));

    // Fade / hide is a radio group: arrows move the choice.
    const fade = page.getByRole("radio", { name: "Fade" });
    await tabTo(page, fade);
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "Hide" }).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get("fade")).toBe("0");
    await shot("panels-keyboard-filters");

    await tabTo(page, page.getByRole("button", { name: "Clear filters" }));
    await page.keyboard.press("Enter");
    expect(await statusCounts(page)).toEqual(full);
    expect(await hedayah.isChecked()).toBe(false);
    expect(problems).toEqual([]);
  });
});
