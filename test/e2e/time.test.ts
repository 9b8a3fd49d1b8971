// The time layout as a reader meets it: a deep link draws the graph with a year axis and lanes,
// the Force | Time switch animates (instantly for reduced motion), and the player steps through
// the story revealing what happened, with the current date shown — in the status line too, which
// is silent for screen readers while it plays and speaks when it stops.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { countInk, graphScreenshot } from "./pixels";

describeInBrowser("time layout", () => {
  const app = useApp();

  it("/?layout=time draws the graph with a year axis reading 2011, 2012, 2013 left to right, and lanes", async () => {
    const { page, graph, problems, shot } = await app.open("/?layout=time");
    const axis = page.getByRole("group", { name: "Year axis" });
    await axis.waitFor();
    const years = axis.locator(".time-year-label");
    const texts = (await years.allTextContents()).map((t) => t.trim());
    expect(texts).toEqual(expect.arrayContaining(["2011", "2012", "2013"]));
    // On screen, inside the canvas, and in order.
    const box = (await graph.boundingBox())!;
    const xs: number[] = [];
    for (const year of ["2011", "2012", "2013"]) {
      const b = (await years.nth(texts.indexOf(year)).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
      xs.push(b.x);
    }
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(await axis.locator(".time-lane-label").allTextContents()).toEqual(
      expect.arrayContaining(["Events", "Documents"]),
    );
    await settle(page);
    expect(countInk(await graphScreenshot(graph))).toBeGreaterThan(5000);
    expect(await page.getByRole("radio", { name: "Time" }).isChecked()).toBe(true);
    await shot("time-layout");
    expect(problems).toEqual([]);
  });

  it("animates the switch between layouts, and switches at once for reduced motion", async () => {
    const { page, graph, problems } = await app.open("/");
    await settle(page);
    const force = await graphScreenshot(graph);
    await page.getByRole("radio", { name: "Time" }).check();
    await page.locator(".graph-canvas [data-layout-moving]").waitFor({ timeout: 2000 });
    await page.locator(".graph-canvas [data-layout-moving]").waitFor({ state: "detached", timeout: 5000 });
    expect(new URL(page.url()).searchParams.get("layout")).toBe("time");
    await page.getByRole("group", { name: "Year axis" }).waitFor();
    await settle(page);
    expect(Buffer.compare(await graphScreenshot(graph), force)).not.toBe(0);
    await page.getByRole("radio", { name: "Force" }).check();
    await expect.poll(() => page.getByRole("group", { name: "Year axis" }).count()).toBe(0);

    const calm = await app.open("/");
    await calm.page.emulateMedia({ reducedMotion: "reduce" });
    await calm.page.getByRole("radio", { name: "Time" }).check();
    await calm.page.getByRole("group", { name: "Year axis" }).waitFor();
    expect(await calm.page.locator(".graph-canvas [data-layout-moving]").count()).toBe(0);
    expect(await calm.page.locator(".graph-canvas [data-layout='time']").count()).toBe(1);
    expect(problems).toEqual([]);
    expect(calm.problems).toEqual([]);
  });

  it("plays through time: reveals events and documents as they happened, showing the current date", async () => {
    const { page, graph, problems, shot } = await app.open("/?layout=time");
    await settle(page);
    const all = countInk(await graphScreenshot(graph));
    const player = page.getByRole("group", { name: "Play through time" });
    expect(await player.locator("output").textContent()).toBe("All dates");
    await player.getByRole("button", { name: "Play through time" }).click();
    await expect.poll(() => player.getByRole("button", { name: "Pause" }).count()).toBe(1);
    const first = (await player.locator("output strong").textContent()) ?? "";
    expect(first).toMatch(/\b20\d\d\b/);
    // Early in the story, less of the graph is on screen.
    await player.getByRole("button", { name: "Pause" }).click();
    await settle(page, 300);
    expect(countInk(await graphScreenshot(graph))).toBeLessThan(all);
    // The slider moves through the steps by keyboard: Home is the first, End shows everything so far.
    const slider = player.getByRole("slider", { name: "Moment in time" });
    await slider.focus();
    await page.keyboard.press("Home");
    const earliest = (await player.locator("output strong").textContent()) ?? "";
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => player.locator("output strong").textContent()).not.toBe(earliest);
    await player.getByRole("button", { name: "Play through time" }).click();
    await page.waitForTimeout(2500);
    expect(await player.locator("output strong").textContent()).not.toBe(earliest);
    await shot("time-playing");
    await player.getByRole("button", { name: "Pause" }).click();
    await player.getByRole("button", { name: "Show all" }).click();
    expect(await player.locator("output").textContent()).toBe("All dates");
    await settle(page, 300);
    expect(countInk(await graphScreenshot(graph))).toBe(all);
    expect(problems).toEqual([]);
  });

  it("the status line says how far the player has got: silent while playing, spoken once it stops", async () => {
    const { page, problems, shot } = await app.open("/?layout=time");
    await settle(page);
    const status = page.getByRole("contentinfo").getByRole("status");
    const counted = async () => {
      const text = (await status.textContent()) ?? "";
      const match = /^Showing (\d+) of (\d+) nodes(?: · (.*))?$/.exec(text);
      if (!match) throw new Error(`time test: status line reads "${text}"`);
      return { shown: Number(match[1]), total: Number(match[2]), moment: match[3] ?? null };
    };
    const { total } = await counted();
    expect(await counted()).toEqual({ shown: total, total, moment: null });
    expect(await status.getAttribute("aria-live")).toBe("polite");

    const player = page.getByRole("group", { name: "Play through time" });
    const date = player.locator("output strong");
    await player.getByRole("button", { name: "Play through time" }).click();
    await expect.poll(async () => (await counted()).moment).toMatch(/^playing, up to \S+/);
    // Step by step the line follows the player, with no live announcement of each step.
    const seen = new Set<string>();
    for (let i = 0; i < 14 && seen.size < 2; i += 1) {
      const { moment } = await counted();
      if (moment?.startsWith("playing")) seen.add(moment);
      expect(await status.getAttribute("aria-live")).toBe("off");
      await page.waitForTimeout(250);
    }
    expect(seen.size).toBe(2);
    await player.getByRole("button", { name: "Pause" }).click();
    const paused = await counted();
    expect(paused.moment).toBe(`up to ${await date.textContent()}`);
    expect(paused.shown).toBeLessThan(total);
    expect(await status.getAttribute("aria-live")).toBe("polite");
    await shot("time-status-paused");

    // Moving the slider by hand: the first month shows least, and each step adds to what is shown.
    const slider = player.getByRole("slider", { name: "Moment in time" });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect.poll(async () => (await counted()).moment).toBe(`up to ${await date.textContent()}`);
    const first = await counted();
    expect(first.shown).toBeLessThan(paused.shown);
    expect(await slider.getAttribute("aria-valuetext")).toMatch(new RegExp(`^${await date.textContent()}: \\S`));
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await counted()).moment).not.toBe(first.moment);
    expect((await counted()).shown).toBeGreaterThan(first.shown);

    // The table lists every row the filters keep: the line says so while the player waits.
    await page.getByRole("group", { name: "Show as" }).getByRole("button", { name: "Table" }).click();
    await expect.poll(counted).toEqual({ shown: total, total, moment: null });
    await page.getByRole("group", { name: "Show as" }).getByRole("button", { name: "Graph" }).click();
    await expect.poll(async () => (await counted()).moment).toMatch(/^up to /);
    await player.getByRole("button", { name: "Show all" }).click();
    expect(await counted()).toEqual({ shown: total, total, moment: null });
    expect(problems).toEqual([]);
  });

  it("within a filter, counts only what the filter keeps and the player has reached", async () => {
    const { page, problems } = await app.open("/?layout=time&org=hedayah");
    const status = page.getByRole("contentinfo").getByRole("status");
    await expect.poll(() => status.textContent()).toMatch(/^Showing \d+ of \d+ nodes$/);
    const [, filtered, total] = /^Showing (\d+) of (\d+)/.exec((await status.textContent()) ?? "")!.map(Number);
    expect(filtered).toBeLessThan(total!);
    const slider = page.getByRole("slider", { name: "Moment in time" });
    await slider.focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    const text = (await status.textContent()) ?? "";
    expect(text).toMatch(/ · up to \S/);
    expect(Number(/^Showing (\d+)/.exec(text)![1])).toBeLessThan(filtered!);
    expect(problems).toEqual([]);
  });
});
