// Filters as a reader uses them: an organisation's footprint from a link or a tick, the status
// line and the legend following, fewer things drawn when the rest is hidden, and one button to
// clear it all.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, neighbours, statusCounts } from "./panels-helpers";
import { countColour, graphInk, graphScreenshot } from "./pixels";

const EVENT_COLOUR = "#E69F00";
const hedayahEvents = [...neighbours("hedayah")].filter(
  (key) => DATA.nodes.find((n) => n.key === key)?.attributes.kind === "event",
);

describeInBrowser("panels: filters", () => {
  const app = useApp();

  it("/?org=hedayah shows Hedayah's footprint: fewer nodes, its events among them", async () => {
    expect(hedayahEvents.length).toBeGreaterThan(0);
    const { page, problems, shot } = await app.open("/?org=hedayah");
    const { shown, total } = await statusCounts(page);
    expect(total).toBe(DATA.nodes.length);
    expect(shown).toBeLessThan(total);
    // Hedayah and everything it is directly linked to are in the footprint.
    expect(shown).toBeGreaterThanOrEqual(neighbours("hedayah").size + 1);

    // The legend counts follow: its events are among the events shown.
    const events = page.getByRole("region", { name: "Legend" }).locator('li[data-kind="event"]');
    const [eventsShown, eventsTotal] = ((await events.textContent()) ?? "").match(/\d+/g)!.map(Number);
    expect(eventsShown).toBeGreaterThanOrEqual(hedayahEvents.length);
    expect(eventsShown).toBeLessThan(eventsTotal);
    expect(await page.getByRole("checkbox", { name: /Hedayah/ }).isChecked()).toBe(true);
    await settle(page);
    await shot("panels-filters-hedayah");
    expect(problems).toEqual([]);
  });

  it("draws fewer pixels when the rest is hidden, and still draws Hedayah's events", async () => {
    const all = await app.open("/?fade=0");
    await settle(all.page);
    const allInk = await graphInk(all.graph);

    const some = await app.open("/?org=hedayah&fade=0");
    await settle(some.page);
    const png = await graphScreenshot(some.graph);
    const someInk = await graphInk(some.graph);
    await some.shot("panels-filters-hedayah-hidden");
    expect(someInk).toBeGreaterThan(0);
    expect(someInk).toBeLessThan(allInk * 0.8);
    expect(countColour(png, EVENT_COLOUR)).toBeGreaterThan(20);
    expect([...all.problems, ...some.problems]).toEqual([]);
  });

  it("ticking an organisation, a kind and 'Hide' narrows the view; Clear filters restores it", async () => {
    const { page, problems } = await app.open("/");
    const full = await statusCounts(page);
    expect(full.shown).toBe(full.total);
    const clear = page.getByRole("button", { name: "Clear filters" });
    expect(await clear.isDisabled()).toBe(true);

    await page.getByRole("checkbox", { name: /Hedayah/ }).check();
    const byOrg = await statusCounts(page);
    expect(byOrg.shown).toBeLessThan(full.total);
    expect(new URL(page.url()).searchParams.get("org")).toBe("hedayah");

    // Unticking a kind narrows further; its checkbox count still says how many it would show.
    await page.getByRole("checkbox", { name: /^Events/ }).uncheck();
    const noEvents = await statusCounts(page);
    expect(noEvents.shown).toBeLessThan(byOrg.shown);
    const eventsLabel = await page
      .getByRole("checkbox", { name: /^Events/ })
      .locator("xpath=..")
      .textContent();
    expect(noEvents.shown).toBe(byOrg.shown - trailingNumber(eventsLabel));

    await page.getByRole("radio", { name: "Hide" }).check();
    expect(new URL(page.url()).searchParams.get("fade")).toBe("0");

    await clear.click();
    expect(await statusCounts(page)).toEqual(full);
    const params = new URL(page.url()).searchParams;
    expect(params.get("org")).toBeNull();
    expect(params.get("kinds")).toBeNull();
    expect(await page.getByRole("checkbox", { name: /Hedayah/ }).isChecked()).toBe(false);
    expect(problems).toEqual([]);
  });

  it("the year sliders narrow the view to what overlaps the years chosen", async () => {
    const { page, problems } = await app.open("/");
    const full = await statusCounts(page);
    const from = page.getByRole("slider", { name: "From year" });
    const to = page.getByRole("slider", { name: "To year" });
    const [min, max] = [Number(await from.getAttribute("min")), Number(await from.getAttribute("max"))];
    expect(min).toBeLessThan(max);
    await from.fill(String(max));
    expect(await to.inputValue()).toBe(String(max));
    const late = await statusCounts(page);
    expect(late.shown).toBeLessThan(full.total);
    expect(new URL(page.url()).searchParams.get("from")).toBe(String(max));

    // Dropping undated items can only narrow the view further.
    await page.getByRole("checkbox", { name: "Include undated items" }).uncheck();
    expect((await statusCounts(page)).shown).toBeLessThanOrEqual(late.shown);
    expect(problems).toEqual([]);
  });
});

/** The number at the end of a label, e.g. beside a kind's checkbox. */
function trailingNumber(text: string | null): number {
  return Number(/(\d+)\s*$/.exec(text ?? "")?.[1] ?? NaN);
}
