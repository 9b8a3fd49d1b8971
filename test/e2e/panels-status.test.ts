// The status line: its count follows the view, and "Copy link" puts the view's address on the
// clipboard with a visible confirmation; the copied address reopens the same view.
import { expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { detailsHeading, statusCounts } from "./panels-helpers";

describeInBrowser("panels: status line", () => {
  const app = useApp();

  it("copies a link that reopens the same view", async () => {
    const { page, problems } = await app.open("/?org=hedayah&select=hedayah");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.baseUrl });
    const counts = await statusCounts(page);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.getByText("Copied", { exact: true }).isVisible()).toBe(true);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const again = await app.open(new URL(copied).pathname + new URL(copied).search);
    expect(await statusCounts(again.page)).toEqual(counts);
    await expect.poll(() => detailsHeading(again.page).textContent()).toBe("Hedayah");
    expect([...problems, ...again.problems]).toEqual([]);
  });
});
