// A reader without a mouse: `/` to search, select, read the details, open the source at the quoted
// passage, close it with Esc, step to a neighbour with `]`, trace the lineage, see the shortcuts.
// Every stop on the way shows a focus ring.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { details, detailsHeading, label, neighbours, searchBox, tabTo } from "./panels-helpers";

async function ring(page: Page): Promise<{ tag: string; style: string; width: number }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

async function expectRing(page: Page): Promise<void> {
  const seen = await ring(page);
  expect(seen.style, `${seen.tag} shows no focus ring`).not.toBe("none");
  expect(seen.width).toBeGreaterThanOrEqual(2);
}

describeInBrowser("keyboard-only walk through", () => {
  const app = useApp();

  it("searches, selects, reads, opens the source, steps to a neighbour and traces the lineage", async () => {
    const { page, problems, shot } = await app.open("/");
    await page.locator("body").focus();

    // `/` goes to the search box from anywhere.
    await page.keyboard.press("/");
    expect(await searchBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("rome memo");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    expect(await details(page).textContent()).toContain(
      "formally adopted at the GCTF ministerial-level plenary in Turkey on 7-8 June 2012",
    );

    // Open the source at a quoted passage: focus lands on the passage, with a ring.
    const show = details(page).getByRole("button", { name: "Show in source" }).first();
    await tabTo(page, show, 200);
    await expectRing(page);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await ring(page)).tag).toBe("MARK");
    await expectRing(page);
    expect(await page.locator(".passage-facts").textContent()).toContain("This passage supports:");
    await shot("keyboard-source");
    // Enter on the passage selects what it supports; Esc closes the reader.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".source-reader").count()).toBe(0);
    // Focus goes back to where the reader was opened from.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Show in source");

    // Back to the Rome Memorandum, then `]` steps to its neighbours, `[` back.
    await page.keyboard.press("/");
    await page.keyboard.type("rome memorandum");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    await page.keyboard.press("Tab");
    await page.keyboard.press("]");
    const first = new URL(page.url()).searchParams.get("select")!;
    expect(neighbours("rome-memorandum").has(first)).toBe(true);
    await page.keyboard.press("]");
    const second = new URL(page.url()).searchParams.get("select")!;
    expect(neighbours("rome-memorandum").has(second)).toBe(true);
    expect(second).not.toBe(first);
    await page.keyboard.press("[");
    await expect.poll(() => new URL(page.url()).searchParams.get("select")).toBe(first);

    // Trace the lineage of the memorandum from its details.
    await page.keyboard.press("/");
    await page.keyboard.type("rome memorandum");
    await page.keyboard.press("Enter");
    const trace = page.getByRole("button", { name: "Trace lineage" });
    await tabTo(page, trace, 100);
    await expectRing(page);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("lineage")).toBe("rome-memorandum");
    await shot("keyboard-lineage");

    // `?` lists the shortcuts; Esc closes the list.
    await page.locator("body").focus();
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    expect(await help.textContent()).toContain("Select the next neighbour");
    await expectRing(page);
    await page.keyboard.press("Escape");
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it("reaches the toolbar, the export choices and the table with Tab, each with a focus ring", async () => {
    const { page, problems } = await app.open("/");
    for (const name of ["Table", "Export ▾"]) {
      await tabTo(page, page.getByRole("button", { name, exact: true }), 10);
      await expectRing(page);
    }
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expectRing(page);
    expect(await ring(page)).toMatchObject({ tag: "INPUT" });
    await page.keyboard.press("Escape");
    expect(await page.getByRole("button", { name: "Export ▾" }).getAttribute("aria-expanded")).toBe("false");
    for (const name of ["Open file…", "Keyboard shortcuts"]) {
      await tabTo(page, page.getByRole("button", { name, exact: true }), 10);
      await expectRing(page);
    }
    // Back past Open file…, Export ▾ and Stories ▾ to Table.
    for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+Tab");
    expect(
      await page.getByRole("button", { name: "Table", exact: true }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press("Enter");
    const sort = page.getByRole("columnheader", { name: "Kind" }).first().getByRole("button");
    await tabTo(page, sort, 200);
    await expectRing(page);
    await page.keyboard.press("Enter");
    expect(await page.getByRole("columnheader", { name: "Kind" }).first().getAttribute("aria-sort")).toBe("ascending");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expectRing(page);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("select")).not.toBeNull();
    expect(problems).toEqual([]);
  });
});
