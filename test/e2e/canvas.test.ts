// The canvas as a reader uses it: a deep link glides to its node, clicking the stage and a node
// change the selection, hovering brings a neighbourhood forward, the zoom buttons work and "fit"
// returns to the opening view, and hiding filtered-out nodes draws less than fading them.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { countColour, countColourful, countInk, findBlank, graphScreenshot } from "./pixels";

const DOCUMENT = "#D55E00";

describeInBrowser("canvas", () => {
  const app = useApp();

  it("glides to the node of a deep link, then selects by clicking and clears by clicking the stage", async () => {
    const { page, graph, problems } = await app.open("/?select=rome-memorandum");
    await settle(page);
    const box = (await graph.boundingBox())!;
    const centre = { x: box.width / 2 - 30, y: box.height / 2 - 30, width: 60, height: 60 };
    // The Rome Memorandum (a document, drawn as an orange triangle) is now at the centre.
    expect(countColour(await graphScreenshot(graph), DOCUMENT, 24, centre)).toBeGreaterThan(150);
    const details = page.getByRole("complementary", { name: "Details" });
    expect(await details.getByRole("heading", { name: "Rome Memorandum" }).isVisible()).toBe(true);

    // Clicking the empty stage clears the selection.
    const blank = findBlank(await graphScreenshot(graph));
    expect(blank).not.toBeNull();
    await page.mouse.click(box.x + blank!.x, box.y + blank!.y);
    await settle(page, 300);
    expect(new URL(page.url()).searchParams.get("select")).toBeNull();
    expect(await details.getByRole("heading", { name: "Rome Memorandum" }).count()).toBe(0);

    // Clicking the node at the centre selects it again.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await settle(page, 300);
    expect(new URL(page.url()).searchParams.get("select")).toBe("rome-memorandum");
    expect(problems).toEqual([]);
  });

  it("brings the hovered node's neighbourhood forward and fades the rest", async () => {
    const { page, graph, problems } = await app.open("/?select=rome-memorandum");
    await settle(page);
    const box = (await graph.boundingBox())!;
    const blank = findBlank(await graphScreenshot(graph))!;
    await page.mouse.click(box.x + blank.x, box.y + blank.y); // clear the selection, keep the camera
    await settle(page, 300);
    const before = countColourful(await graphScreenshot(graph));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await settle(page, 300);
    const during = countColourful(await graphScreenshot(graph));
    expect(during).toBeLessThan(before * 0.9);
    expect(during).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("zooms in and out with the buttons, and 'fit' returns to the opening view", async () => {
    const { page, graph, problems } = await app.open("/");
    await settle(page);
    const opening = await graphScreenshot(graph);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await settle(page, 500);
    const zoomedIn = await graphScreenshot(graph);
    expect(Buffer.compare(zoomedIn, opening)).not.toBe(0);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    await settle(page, 500);
    // Zoomed out, the same graph covers less of the canvas.
    expect(countInk(await graphScreenshot(graph))).toBeLessThan(countInk(opening));
    await page.getByRole("button", { name: "Fit the whole graph" }).click();
    await settle(page, 500);
    expect(Buffer.compare(await graphScreenshot(graph), opening)).toBe(0);
    expect(problems).toEqual([]);
  });

  it("draws less when filtered-out nodes are hidden than when they are faded", async () => {
    const faded = await app.open("/?org=hedayah");
    await settle(faded.page);
    const hidden = await app.open("/?org=hedayah&fade=0");
    await settle(hidden.page);
    const all = await app.open("/");
    await settle(all.page);
    const inkAll = countInk(await graphScreenshot(all.graph));
    const inkFaded = countInk(await graphScreenshot(faded.graph));
    const inkHidden = countInk(await graphScreenshot(hidden.graph));
    expect(inkHidden).toBeLessThan(inkFaded);
    expect(inkHidden).toBeLessThan(inkAll * 0.6);
    // Fading keeps every node in place but greys most of them out.
    expect(countColourful(await graphScreenshot(faded.graph))).toBeLessThan(
      countColourful(await graphScreenshot(all.graph)),
    );
    expect([...faded.problems, ...hidden.problems, ...all.problems]).toEqual([]);
  });
});
