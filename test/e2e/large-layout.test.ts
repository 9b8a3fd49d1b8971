// A larger graph (1,000 synthetic nodes, from the benchmark's generator) opens at once: the first
// frame shows the layout's starting points while a worker computes the force layout, with its
// progress over the canvas and a Stop button; it settles the same way on every load.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, expect, it } from "vitest";

import { generateDataset } from "../../src/cli/bench/synthetic/generate";
import { describeInBrowser, settle, useApp } from "./harness";
import { graphInk, graphScreenshot } from "./pixels";
import { FIXTURES } from "./server";

const NAME = "generated/synthetic-1000.json";

beforeAll(() => {
  const { json, texts } = generateDataset(1000, 1);
  const dir = join(FIXTURES, "generated");
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(FIXTURES, NAME), JSON.stringify(json));
  for (const [id, text] of Object.entries(texts)) writeFileSync(join(dir, "sources", `${id}.md`), text);
});

describeInBrowser("layout of a larger graph", () => {
  const app = useApp();
  const running = ".graph-canvas [data-layout-running]";

  it("draws at once, shows the layout's progress, and settles the same way on every load", async () => {
    const shots: Buffer[] = [];
    for (let load = 0; load < 2; load++) {
      const { page, graph, problems } = await app.open(`/?dataset=fixtures/${NAME}`);
      const progress = page.getByRole("group", { name: "Layout in progress" });
      expect(await progress.getByRole("progressbar").count()).toBe(1);
      expect(await progress.getByRole("button", { name: "Stop" }).isVisible()).toBe(true);
      await page.waitForFunction((sel) => !document.querySelector(sel), running, { timeout: 180_000 });
      expect(await progress.count()).toBe(0);
      await settle(page, 1200);
      shots.push(await graphScreenshot(graph));
      expect(problems).toEqual([]);
    }
    expect(Buffer.compare(shots[0]!, shots[1]!)).toBe(0);
  });

  it("stops where it has got to when asked", async () => {
    const { page, graph, problems } = await app.open(`/?dataset=fixtures/${NAME}`);
    await page.getByRole("button", { name: "Stop" }).click();
    expect(await page.locator(running).count()).toBe(0);
    expect(await page.getByRole("group", { name: "Layout in progress" }).count()).toBe(0);
    // Nothing moves any more (the worker would move the nodes a few times a second), and it is drawn.
    await settle(page, 600);
    const stopped = await graphScreenshot(graph);
    await settle(page, 1500);
    expect(Buffer.compare(await graphScreenshot(graph), stopped)).toBe(0);
    expect(await graphInk(graph)).toBeGreaterThan(1000);
    expect(await page.getByRole("checkbox", { name: /^People/ }).isEnabled()).toBe(true);
    expect(problems).toEqual([]);
  });
});
