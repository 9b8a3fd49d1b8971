// The time layout as a reader meets it: a deep link draws the graph with a year axis and lanes,
// the Force | Time switch animates (instantly for reduced motion), and the player steps through
// the story revealing what happened, with the current date shown.
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
});
