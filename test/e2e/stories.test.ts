// Playing the shipped guided story as a reader does: each step's view, caption and quotes appear;
// the buttons and arrow keys step; Back, Forward and the link follow the step; presentation mode
// leaves only the graph and the step; the embed shows the graph and caption without the chrome.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import type { Story } from "../../src/model";
import { seriousViolations } from "./axe";
import { describeInBrowser, settle, useApp } from "./harness";

const DATA = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../graph-data/veo-rehabilitation.json"), "utf8"),
) as { attributes: { stories: Story[] } };
const STORY = DATA.attributes.stories.find((s) => s.title === "From The Hague to the Rome Memorandum and after")!;

async function drawnKeys(page: Page): Promise<string[]> {
  return page
    .locator(".sigma-container")
    .evaluate((el) => ((el as HTMLElement & { drawnLabels?: { key: string }[] }).drawnLabels ?? []).map((l) => l.key));
}

const stepParam = (page: Page) => new URL(page.url()).searchParams.get("step");

describeInBrowser("guided stories", () => {
  const app = useApp();

  it("plays the shipped story: every step's view, caption and quotes; Back, Forward and the link follow", async () => {
    const { page, problems, shot } = await app.open(`/?story=${STORY.id}&step=1`, {
      viewport: { width: 1400, height: 900 },
    });
    const panel = page.getByRole("complementary", { name: "Story" });
    for (const [i, step] of STORY.steps.entries()) {
      await panel.locator(".guide-count", { hasText: `Step ${i + 1} of ${STORY.steps.length}` }).waitFor();
      expect(await panel.locator(".guide-caption").textContent()).toBe(step.caption);
      const quotes = (await panel.locator(".guide-quotes blockquote").allTextContents()).map((q) => q.trim());
      expect(quotes).toEqual(step.quotes.map((q) => q.quote));
      const url = new URL(page.url()).searchParams;
      expect([url.get("story"), url.get("step")]).toEqual([STORY.id, String(i + 1)]);
      expect(url.get("select")).toBe(step.view.select ?? null);
      expect(url.get("lineage")).toBe(step.view.lineage ?? null);
      await settle(page, 1200);
      const focus = step.view.select ?? step.view.lineage;
      if (focus) expect(await drawnKeys(page)).toContain(focus);
      if (i === 3) await shot("story-step-4");
      if (i + 1 < STORY.steps.length) {
        // Alternate the button and the arrow key: both step.
        if (i % 2) await page.keyboard.press("ArrowRight");
        else await panel.getByRole("button", { name: "Next →" }).click();
      }
    }
    expect(await panel.getByRole("button", { name: "Next →" }).isDisabled()).toBe(true);

    await page.goBack();
    await panel.locator(".guide-count", { hasText: `Step ${STORY.steps.length - 1} of` }).waitFor();
    expect(await panel.locator(".guide-caption").textContent()).toBe(STORY.steps.at(-2)!.caption);
    await page.goForward();
    await panel.locator(".guide-count", { hasText: `Step ${STORY.steps.length} of` }).waitFor();
    expect(stepParam(page)).toBe(String(STORY.steps.length));
    await page.keyboard.press("ArrowLeft");
    await panel.locator(".guide-count", { hasText: `Step ${STORY.steps.length - 1} of` }).waitFor();

    // The link reopens the step it was copied at.
    const copied = page.url();
    await page.goto("about:blank");
    await page.goto(copied);
    await panel.locator(".guide-count", { hasText: `Step ${STORY.steps.length - 1} of` }).waitFor();
    expect(problems).toEqual([]);
  });

  it("opens the story from the Stories menu at its first step, and closes it", async () => {
    const { page, problems } = await app.open("/");
    await page.getByText("Stories ▾").click();
    await page.getByRole("button", { name: new RegExp(STORY.title) }).click();
    const panel = page.getByRole("complementary", { name: "Story" });
    expect(await panel.locator(".guide-caption").textContent()).toBe(STORY.steps[0]!.caption);
    expect(stepParam(page)).toBe("1");
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole("button", { name: "Close story" }).click();
    await panel.waitFor({ state: "detached" });
    expect(new URL(page.url()).searchParams.get("story")).toBeNull();
    expect(problems).toEqual([]);
  });

  it("presents: only the graph, the caption and its quotes, in large type; Esc leaves", async () => {
    const { page, problems, shot } = await app.open(`/?story=${STORY.id}&step=5`, {
      viewport: { width: 1400, height: 900 },
    });
    const panel = page.getByRole("complementary", { name: "Story" });
    await panel.getByRole("button", { name: "Present" }).click();
    await page.locator(".app-shell.presenting").waitFor();
    for (const hidden of [".app-header", ".side-area", ".status-area", ".canvas-toolbar", ".guide-steps"])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await panel.locator(".guide-caption").textContent()).toBe(STORY.steps[4]!.caption);
    const size = await panel.locator(".guide-caption").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    await page.keyboard.press("ArrowRight");
    expect(await panel.locator(".guide-caption").textContent()).toBe(STORY.steps[5]!.caption);
    await settle(page, 1200);
    await shot("story-present");
    await page.keyboard.press("Escape");
    await page.locator(".app-shell.presenting").waitFor({ state: "detached" });
    expect(await page.locator(".app-header").isVisible()).toBe(true);
    expect(stepParam(page)).toBe("6");
    expect(problems).toEqual([]);
  });

  it("embeds from a subpath: the graph and the step's caption, no chrome, no request off the site", async () => {
    const { page, problems, shot } = await app.open("/", { viewport: { width: 1100, height: 760 } });
    const base = new URL(app.baseUrl).origin;
    // The built site served again under a subpath, and a page of that site with the embed in it.
    await page.context().route(`${base}/deep/sub/**`, async (route) => {
      const inner = route.request().url().replace(`${base}/deep/sub`, base);
      await route.fulfill({ response: await route.fetch({ url: inner }) });
    });
    const src = `/deep/sub/?story=${STORY.id}&step=2&embed=1`;
    await page.context().route(`${base}/host.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Host</title><h1>A report</h1><p>Before the figure.</p>
          <iframe src="${src}" title="Story" width="900" height="560" style="border:1px solid #999"></iframe>`,
      }),
    );
    await page.goto(`${base}/host.html`);
    const frame = page.frameLocator("iframe");
    await frame.locator(".graph-canvas [data-graph-ready]").waitFor({ timeout: 30_000 });
    expect(await frame.locator(".guide-caption").textContent()).toBe(STORY.steps[1]!.caption);
    for (const chrome of [".app-header", ".side-area", ".details-area", ".status-area", ".canvas-toolbar"])
      expect(await frame.locator(chrome).count(), chrome).toBe(0);
    const open = frame.getByRole("link", { name: "Open in the explorer ↗" });
    expect(await open.getAttribute("rel")).toBe("noopener");
    expect(await open.getAttribute("href")).toMatch(/^\/deep\/sub\/\?/);
    await frame.getByRole("button", { name: "Next →" }).click();
    expect(await frame.locator(".guide-caption").textContent()).toBe(STORY.steps[2]!.caption);
    await settle(page, 1200);
    await shot("story-embed-in-page");
    expect(problems).toEqual([]);
  });

  it("gives the embed snippet for the current view", async () => {
    const { page, problems } = await app.open(`/?story=${STORY.id}&step=3`);
    await page.getByRole("button", { name: "Embed…" }).click();
    const snippet = await page.getByRole("textbox", { name: "Embed snippet" }).inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*story=hague-to-rome&amp;step=3[^"]*embed=1"/,
    );
    expect(problems).toEqual([]);
  });
});

describeInBrowser("making a story", () => {
  const app = useApp();

  it("adds views as steps, reorders them, asks for quotes, and keeps the story in the downloaded dataset", async () => {
    const { page, problems } = await app.open("/?select=hague-conference-2011");
    await page.getByText("Stories ▾").click();
    await page.getByRole("button", { name: "Make a story from this session…" }).click();
    const maker = page.getByRole("region", { name: "Make a story" });
    await maker.getByLabel("Title").fill("My story");
    await maker.getByRole("button", { name: "Add the current view as a step" }).click();
    await maker.getByLabel("Caption of step 1").fill("ICCT and UNICRI hosted a conference in The Hague.");
    // Another view, in the same session: search and choose the Rome Memorandum.
    await page.getByRole("combobox").fill("Rome Memorandum");
    await page
      .getByRole("option", { name: /Rome Memorandum/ })
      .first()
      .click();
    await page.waitForURL(/select=rome-memorandum/);
    await maker.getByRole("button", { name: "Add the current view as a step" }).click();
    await maker.getByLabel("Caption of step 2").fill("The Rome Memorandum was adopted in Turkey.");
    await maker.getByRole("button", { name: "Download the dataset with this story" }).click();
    expect(await maker.getByRole("alert").textContent()).toContain("step 1: choose at least one quote");
    const first = maker.locator(".guide-maker-steps > li").nth(0);
    await first.getByRole("checkbox").first().check();
    await maker.locator(".guide-maker-steps > li").nth(1).getByRole("checkbox").nth(1).check();
    await first.getByRole("button", { name: "Down" }).click();
    expect(await maker.getByLabel("Caption of step 1").inputValue()).toBe("The Rome Memorandum was adopted in Turkey.");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      maker.getByRole("button", { name: "Download the dataset with this story" }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as { attributes: { stories: Story[] } };
    const made = saved.attributes.stories.at(-1)!;
    expect(saved.attributes.stories.map((s) => s.id)).toEqual([STORY.id, "story-2"]);
    expect(made.title).toBe("My story");
    expect(made.steps.map((s) => s.caption)).toEqual([
      "The Rome Memorandum was adopted in Turkey.",
      "ICCT and UNICRI hosted a conference in The Hague.",
    ]);
    expect(made.steps.map((s) => s.view.select)).toEqual(["rome-memorandum", "hague-conference-2011"]);
    for (const step of made.steps) expect(step.quotes).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
