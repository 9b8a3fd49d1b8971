// The keyboard after a search: choosing a result with Enter moves focus to the details heading
// (not a text field), so `]` / `[` and `n` / `p` step through the neighbours at once instead of
// typing into the search box; focus follows to each new heading. Every slider and control is named.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { seriousViolations } from "./axe";
import { describeInBrowser, settle, useApp } from "./harness";
import { detailsHeading, label, neighbours, searchBox } from "./panels-helpers";

const selected = (page: Page) => new URL(page.url()).searchParams.get("select");

/** The focused element's tag and text, and whether it is the details heading. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName, text: el.textContent, heading: el.matches(".details-area h2") };
  });
}

describeInBrowser("the keyboard after a search", () => {
  const app = useApp();

  it("Enter on a result focuses the details heading; ] and n step to neighbours, [ and p back", async () => {
    const { page, problems } = await app.open("/");
    await page.locator("body").focus();
    await page.keyboard.press("/");
    await page.keyboard.type("rome memo");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("rome-memorandum"));
    await expect.poll(() => focused(page)).toEqual({ tag: "H2", text: label("rome-memorandum"), heading: true });

    await page.keyboard.press("]");
    await expect.poll(() => selected(page)).not.toBe("rome-memorandum");
    const first = selected(page)!;
    expect(neighbours("rome-memorandum").has(first)).toBe(true);
    // Nothing was typed into the search box, and the keyboard followed to the new details.
    expect(await searchBox(page).inputValue()).toBe("rome memo");
    await expect.poll(() => focused(page)).toEqual({ tag: "H2", text: label(first), heading: true });

    await page.keyboard.press("n");
    await expect.poll(() => selected(page)).not.toBe(first);
    const second = selected(page)!;
    expect(neighbours("rome-memorandum").has(second)).toBe(true);
    await page.keyboard.press("p");
    await expect.poll(() => selected(page)).toBe(first);
    await page.keyboard.press("[");
    await expect.poll(() => selected(page)).not.toBe(first);
    expect(await searchBox(page).inputValue()).toBe("rome memo");
    await expect.poll(async () => (await focused(page)).heading).toBe(true);
    expect(problems).toEqual([]);
  });

  it("names every slider and control; axe finds nothing serious with a node chosen", async () => {
    const { page, problems } = await app.open("/?select=rome-memorandum");
    await settle(page);
    for (const name of ["From year", "To year", "Moment in time"])
      expect(await page.getByRole("slider", { name, exact: true }).count(), name).toBe(1);
    // Every slider, button, text box, checkbox and radio has a non-empty accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("input, button, select, textarea")]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const input = el as HTMLInputElement;
          const labelled = el.getAttribute("aria-labelledby");
          const text = [
            el.getAttribute("aria-label"),
            labelled && document.getElementById(labelled)?.textContent,
            ...[...(input.labels ?? [])].map((l) => l.textContent),
            el.tagName === "BUTTON" ? el.textContent : "",
            el.getAttribute("title"),
          ].join("");
          return text.trim() === "";
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
