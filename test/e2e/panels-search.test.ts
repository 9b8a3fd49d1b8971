// Search as a reader uses it: type a name, an acronym or an unaccented spelling, pick from the
// list with the keyboard, and the details panel shows what was picked.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { detailsHeading, label, searchBox } from "./panels-helpers";

describeInBrowser("panels: search", () => {
  const app = useApp();

  it('selects ICCT when "ICCT" is typed and Enter pressed', async () => {
    const { page, problems, shot } = await app.open("/");
    const box = searchBox(page);
    await box.click();
    await page.keyboard.type("ICCT");
    await expect.poll(() => box.getAttribute("aria-expanded")).toBe("true");
    const first = page.getByRole("listbox").getByRole("option").first();
    expect(await first.textContent()).toContain(label("icct"));
    expect(await first.textContent()).toContain("Organisation");
    await shot("panels-search-icct-list");

    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("icct"));
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(new URL(page.url()).searchParams.get("select")).toBe("icct");
    await settle(page);
    await shot("panels-search-icct-selected");
    expect(problems).toEqual([]);
  });

  it('finds Davutoğlu from "davutoglu" and says which name matched', async () => {
    const { page, problems } = await app.open("/");
    await searchBox(page).fill("davutoglu");
    const options = page.getByRole("listbox").getByRole("option");
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const text = (await options.first().textContent()) ?? "";
    expect(text).toMatch(/Davutoğlu/);
    expect(text).toContain("Person");
    expect(problems).toEqual([]);
  });

  it("moves through the options with the arrow keys and closes with Escape", async () => {
    const { page, problems } = await app.open("/");
    const box = searchBox(page);
    await box.fill("gctf");
    const options = page.getByRole("listbox").getByRole("option");
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const active = async () => {
      const id = await box.getAttribute("aria-activedescendant");
      return id ? page.locator(`[id="${id}"]`).textContent() : null;
    };
    const firstText = await options.nth(0).textContent();
    const secondText = await options.nth(1).textContent();
    const secondLabel = await options.nth(1).locator(".search-option-label").textContent();
    expect(await active()).toBe(firstText);
    await page.keyboard.press("ArrowDown");
    expect(await active()).toBe(secondText);
    expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowUp");
    expect(await active()).toBe(firstText);

    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("listbox").isVisible()).toBe(false);
    // Nothing was selected by moving or closing.
    expect(new URL(page.url()).searchParams.get("select")).toBeNull();

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(secondLabel);
    expect(problems).toEqual([]);
  });
});
