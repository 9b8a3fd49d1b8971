// `?dataset=` opens another dataset served by the same site; a bad one gives a readable error
// screen listing every problem with its place, never a blank page, and nothing is fetched from
// elsewhere.
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";

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

  it("opens a test dataset and draws it, its names shown as text", async () => {
    const { page, problems } = await app.open("/?dataset=fixtures/xss.json");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("<em>Hostile</em> test data");
    expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
    expect(new URL(page.url()).searchParams.get("dataset")).toBe("fixtures/xss.json");
    expect(problems).toEqual([]);
  });
});
