// `?dataset=` opens another dataset served by the same site; a bad one gives a readable error
// screen listing every problem with its place, never a blank page, and nothing is fetched from
// elsewhere. A large one is read with progress and Cancel and checked in the import worker.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";

import { WORKER_THRESHOLD } from "../../src/app/loading/import-worker-start";
import { generateDataset } from "../../src/cli/bench/synthetic/generate";
import { datasetVersion } from "../../src/queries/version";
import { describeInBrowser, useApp } from "./harness";
import { statusCounts } from "./panels-helpers";
import { FIXTURES } from "./server";

/** A synthetic dataset past the worker threshold, from the benchmark's generator, with its sources. */
const LARGE = "generated/synthetic-3000.json";
const LARGE_TITLE = "Synthetic policy history (3000 nodes, seed 1)";

let largeVersion = "";

beforeAll(() => {
  const { json, texts } = generateDataset(3000, 1);
  largeVersion = datasetVersion(JSON.parse(JSON.stringify(json)));
  const dir = join(FIXTURES, "generated");
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(FIXTURES, LARGE), JSON.stringify(json));
  for (const [id, text] of Object.entries(texts)) writeFileSync(join(dir, "sources", `${id}.md`), text);
});

/** Every state of the loading screen's progress line, as text, recorded from the first frame on. */
async function recordProgress(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { progressSeen?: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const line = document.querySelector(".loading-screen [role='status']");
      const bar = line?.querySelector("progress");
      if (!line || !bar) return;
      const state = `${line.textContent} [${bar.hasAttribute("value") ? `${bar.value}/${bar.max}` : "unknown"}]`;
      if (seen.at(-1) !== state) seen.push(state);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as { progressSeen?: string[] }).progressSeen ?? []);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The browser logs a failed fetch as a console error; that one is expected here. */
const notFetchLog = (problem: string) => !/Failed to load resource.*404/.test(problem);

describeInBrowser("?dataset=", () => {
  const app = useApp();

  it("lists every problem of a broken dataset with its place", async () => {
    const { page, problems } = await app.open("/?dataset=fixtures/broken.json", { waitForGraph: false });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.getByRole("heading", { level: 1 }).textContent()).toBe("The dataset could not be opened");
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("fixtures/broken.json");
    expect(text).toContain('node "Not-Kebab"');
    expect(text).toContain('node "lonely-event"');
    expect(text).toMatch(/edge "lonely-event" -> "nowhere"/);
    expect(await page.locator(".problem-list li").count()).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it("says which file could not be read when it is missing", async () => {
    const { page, problems } = await app.open("/?dataset=fixtures/missing.json", { waitForGraph: false });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/fixtures\/missing\.json.*404/s);
    expect(problems.filter(notFetchLog)).toEqual([]);
  });

  it("refuses a dataset from another site without requesting it", async () => {
    const { page, problems } = await app.open("/?dataset=https://example.org/data.json", { waitForGraph: false });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("is not a relative path on this site");
    expect(problems).toEqual([]);
  });

  it("opens a test dataset and draws it, its names shown as text, without fetching the bundled one", async () => {
    const requested: string[] = [];
    const { page, problems } = await app.open("/?dataset=fixtures/xss.json", {
      prepare: async (p) => void p.on("request", (request) => requested.push(request.url())),
    });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("<em>Hostile</em> test data");
    expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
    expect(new URL(page.url()).searchParams.get("dataset")).toBe("fixtures/xss.json");
    expect(requested.filter((url) => /\/fixtures\/xss\.json$/.test(url))).toHaveLength(1);
    expect(requested.some((url) => /\/assets\/Workspace-[^/]+\.js$/.test(url))).toBe(true);
    expect(requested.filter((url) => /load-default/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describeInBrowser("?dataset= of a large file", () => {
  const app = useApp();
  const quiet = "/fixtures/sources/xss-source.md";

  it("shows the reading's progress with Cancel, checks it in the import worker, then draws the graph", async () => {
    const size = statSync(join(FIXTURES, LARGE)).size;
    expect(size).toBeGreaterThan(WORKER_THRESHOLD);
    const { page, problems, shot } = await app.open(quiet, { waitForGraph: false });
    const seen = await recordProgress(page);
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    // At a network's pace (16 MB/s): from 127.0.0.1 the file is in before the page has drawn once,
    // for its download starts before the app runs.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: 16 * 1024 * 1024,
      uploadThroughput: -1,
    });
    await page.goto(new URL(`?dataset=fixtures/${LARGE}`, app.baseUrl).href);
    await page.locator(".graph-canvas [data-graph-ready]").waitFor({ timeout: 60_000 });

    const states = await seen();
    const escaped = LARGE.replace(/[.]/g, "\\.");
    const reading = states.filter((t) => new RegExp(`^Reading fixtures/${escaped}… .*MBCancel \\[unknown\\]$`).test(t));
    // Bytes counted as they come (the harness sends no length, so the size shows once all is in)…
    expect(reading.length).toBeGreaterThan(1);
    expect(reading[0]).toBe(states[0]);
    expect(new Set(reading).size).toBe(reading.length);
    // …then every byte read, and the dataset checked.
    const all = megabytes(size);
    expect(states.at(-1)).toBe(`Checking fixtures/${LARGE}… 100% ${all} of ${all}Cancel [${size}/${size}]`);
    expect(workers.some((url) => /import-worker/.test(url))).toBe(true);

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(LARGE_TITLE);
    expect(await statusCounts(page)).toEqual({ shown: 3000, total: 3000 });
    expect(new URL(page.url()).searchParams.get("dataset")).toBe(`fixtures/${LARGE}`);
    // The data version, computed in a worker of its own while the import worker checks the file.
    expect(new URL(page.url()).searchParams.get("v")).toBe(largeVersion);
    expect(workers.some((url) => /version-worker/.test(url))).toBe(true);
    await shot("dataset-param-large");
    expect(problems).toEqual([]);
  });

  it("stops on Cancel, says so, and offers to try again or open the bundled dataset", async () => {
    const { page, problems, shot } = await app.open(quiet, { waitForGraph: false });
    // The file is held back until after Cancel, so the click always comes while it is read.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/fixtures/${LARGE}`, async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    const address = new URL(`?dataset=fixtures/${LARGE}`, app.baseUrl).href;
    await page.goto(address);
    const line = page.getByRole("status").filter({ hasText: `Reading fixtures/${LARGE}…` });
    await line.waitFor();
    expect(await line.textContent()).toContain("0.0 MB");
    await shot("dataset-param-reading");
    await line.getByRole("button", { name: "Cancel" }).click();

    const heading = page.getByRole("heading", { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(`Opening fixtures/${LARGE} was cancelled`);
    release();
    await page.waitForTimeout(1000);
    expect(await heading.textContent()).toBe(`Opening fixtures/${LARGE} was cancelled`);
    expect(await page.locator(".graph-canvas").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Try again" }).getAttribute("href")).toBe(address);

    await page.getByRole("link", { name: "open the bundled dataset" }).click();
    await page.locator(".graph-canvas [data-graph-ready]").waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get("dataset")).toBeNull();
    expect(await heading.textContent()).not.toBe(LARGE_TITLE);
    expect(problems).toEqual([]);
  });
});
