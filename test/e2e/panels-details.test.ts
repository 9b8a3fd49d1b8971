// The details panel as a reader meets it: a deep link opens on a node with its quotes; relations
// read as sentences and lead to the other node; a bad link explains itself and still loads.
import { expect, it } from "vitest";

import { describeInBrowser, settle, useApp } from "./harness";
import { DATA, details, detailsHeading, label, plain, sourceText } from "./panels-helpers";

const SEED = "icct-rehabilitation-project";

describeInBrowser("panels: details", () => {
  const app = useApp();

  it("opens /?select=rome-memorandum naming the Rome Memorandum and quoting the seed", async () => {
    const { page, problems, shot } = await app.open("/?select=rome-memorandum");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    const panel = details(page);
    expect(await panel.getByText("Document", { exact: true }).first().isVisible()).toBe(true);

    // At least one quoted passage on show stands word for word in the seed text, credited to it by title.
    const seed = plain(sourceText(SEED));
    const seedTitle = DATA.attributes.sources.find((s) => s.id === SEED)?.title ?? "";
    const figures = panel.locator("figure");
    const credited: string[] = [];
    for (let i = 0; i < (await figures.count()); i++) {
      const quote = plain((await figures.nth(i).locator("blockquote").textContent()) ?? "");
      const caption = (await figures.nth(i).locator("figcaption").textContent()) ?? "";
      const onShow = await figures.nth(i).isVisible();
      if (onShow && quote && seed.includes(quote) && caption.includes(seedTitle)) credited.push(quote);
    }
    expect(credited.length).toBeGreaterThan(0);

    // The outside link opens apart from the explorer and passes nothing back.
    const link = panel.getByRole("link", { name: seedTitle }).first();
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");

    await settle(page);
    await shot("panels-details-rome");
    expect(problems).toEqual([]);
  });

  it("groups relations under a researcher's headings and follows one to the other node", async () => {
    const { page, problems } = await app.open("/?select=rome-memorandum");
    const panel = details(page);
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    // The Rome Memorandum was adopted at an event; its sentence names both.
    const adopted = DATA.edges.find((e) => e.source === "rome-memorandum" && e.attributes.relation === "adopted-at");
    expect(adopted).toBeDefined();
    const event = label(adopted!.target);
    expect(await panel.getByRole("heading", { name: "Adopted at", exact: true }).isVisible()).toBe(true);
    const sentence = panel.locator("p", { hasText: `Rome Memorandum was adopted at ${event}` });
    expect(await sentence.count()).toBe(1);

    await sentence.getByRole("link", { name: event }).click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe(event);
    expect(new URL(page.url()).searchParams.get("select")).toBe(adopted!.target);
    // Focus followed the reader to the new node instead of dropping to the page.
    expect(await detailsHeading(page).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.goBack();
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    expect(problems).toEqual([]);
  });

  it("shows a curator's note labelled and apart from the description, on nodes and relations", async () => {
    const { page, problems } = await app.open("/?select=good-practices-document");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("good-practices-document"));
    const node = DATA.nodes.find((n) => n.key === "good-practices-document")!.attributes as unknown as {
      description: string;
      note: string;
    };
    const panel = details(page);
    expect(await panel.locator(".description").textContent()).toBe(node.description);
    expect(await panel.locator(".curator-note").textContent()).toBe(`Curator's note: ${node.note}`);
    expect(await panel.locator(".description").textContent()).not.toContain(node.note);

    const edge = "rome-memorandum--adopted-at--gctf-plenary-istanbul-2012";
    const relation = await app.open(`/?edge=${edge}`);
    const note = details(relation.page).locator(".curator-note");
    await expect.poll(() => note.textContent()).toMatch(/^Curator's note: The seed says the plenary ran 7-8 June 2012/);
    expect(problems).toEqual([]);
    expect(relation.problems).toEqual([]);
  });

  it("closes the details, then welcomes the reader with a way in", async () => {
    const { page, problems } = await app.open("/?select=icct");
    await expect.poll(() => detailsHeading(page).textContent()).toBe(label("icct"));
    await details(page).getByRole("button", { name: "Close details" }).click();
    const start = details(page).getByRole("button", { name: "Start with the Rome Memorandum" });
    await expect.poll(() => start.isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get("select")).toBeNull();
    await start.click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Rome Memorandum");
    expect(problems).toEqual([]);
  });

  it("names an unknown key from the link in a dismissible notice and loads the rest", async () => {
    const { page, problems } = await app.open("/?select=no-such-node&org=hedayah");
    const notice = page.getByRole("region", { name: "Notices" });
    await expect.poll(() => notice.textContent()).toContain("no-such-node");
    expect(await page.getByRole("checkbox", { name: /Hedayah/ }).isChecked()).toBe(true);
    await notice
      .getByRole("button", { name: /Dismiss notice/ })
      .first()
      .click();
    await expect.poll(() => page.getByText("no-such-node").count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
