// The edit mode as a new user meets it: add a source by pasting its text, select two passages and
// make two relations from them (one to a new node), change a date, undo, reload (the work is
// back), save the zip; unzipped into a fresh copy of graph-data/, `npm run validate` passes and
// the explorer shows the new facts with their quotes, the reader marking the occurrence cited.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

import { unzipSync, strFromU8 } from "fflate";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { makePdf } from "../io/pdf-fixture";
import { describeInBrowser, settle, useApp } from "./harness";
import { FIXTURES } from "./server";

const PHRASE = "UNICRI hosted the expert meeting in Turin";
const SECOND = "ICCT co-hosted the meeting with it";
const PASTED = [
  "# Notes on the Turin meeting",
  "",
  `${PHRASE}, as the first draft says.`,
  "",
  `The final report confirms it: in March 2013 ${PHRASE}, and ${SECOND}.`,
].join("\n");
const EDITED = join(FIXTURES, "generated/edited");

/** Selects the `nth` occurrence (0: first) of `phrase` in the open source's text, as a mouse would. */
async function selectInSource(page: Page, phrase: string, nth: number) {
  await page.evaluate(
    ([phrase, nth]) => {
      const root = document.querySelector(".source-reader .source-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: [Text, number][] = [];
      let all = "";
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push([node, all.length]);
        all += node.data;
      }
      let at = -1;
      for (let i = 0; i <= (nth as number); i++) at = all.indexOf(phrase as string, at + 1);
      const place = (offset: number, end: boolean): [Text, number] => {
        const hit = nodes.findLast(([n, start]) =>
          end ? start < offset : start <= offset && offset < start + n.data.length,
        )!;
        return [hit[0], offset - hit[1]];
      };
      const range = document.createRange();
      range.setStart(...place(at, false));
      range.setEnd(...place(at + (phrase as string).length, true));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [phrase, nth] as const,
  );
}

async function pickNode(page: Page, label: string, name: string) {
  const form = page.getByRole("dialog", { name: "Cite this passage" });
  await form.getByRole("combobox", { name: label }).fill(name);
  await form
    .getByRole("option", { name: new RegExp(`^${name}`) })
    .first()
    .click();
}

describeInBrowser("building a dataset in the browser", () => {
  const app = useApp();

  it("adds a source, cites two passages, undoes, survives a reload and saves a zip that validates", async () => {
    const { page, problems, shot } = await app.open("/");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const bar = page.getByRole("region", { name: "Edit mode" });
    await bar.waitFor();
    await shot("edit-mode");

    // A source, by pasting its text.
    await bar.getByRole("button", { name: "Add source…" }).click();
    const add = page.getByRole("dialog", { name: "Add a source" });
    await add.getByLabel("Title (required)").fill("Notes on the Turin meeting");
    await add.getByLabel("Publisher").fill("A researcher");
    await add.getByLabel("Date").fill("2013-04");
    await add.getByLabel(/^Text of the source/).fill(PASTED);
    await add.getByRole("button", { name: "Add source" }).click();
    const reader = page.getByRole("region", { name: "Notes on the Turin meeting" });
    await reader.waitFor();
    expect(await reader.locator(".source-text").textContent()).toContain(SECOND);

    // First passage: the second time the phrase occurs. UNICRI hosted a new event.
    await selectInSource(page, PHRASE, 1);
    await reader.getByRole("button", { name: "Cite the selected passage" }).click();
    const form = page.getByRole("dialog", { name: "Cite this passage" });
    await pickNode(page, "From: find a node", "UNICRI");
    await form.getByLabel("Relation").selectOption("hosted");
    const to = form.getByRole("group", { name: "To" });
    await to.getByRole("button", { name: "A new node" }).click();
    await to.getByLabel("Kind").selectOption("event");
    await to.getByLabel("Name (label)").fill("Expert meeting in Turin");
    await to.getByLabel("Short name (for the canvas)").fill("Turin meeting (2013)");
    await to.getByLabel("Start date").fill("2013-03");
    const preview = form.getByRole("figure", { name: "Preview" });
    expect(await preview.locator(".fact-sentence").textContent()).toMatch(/^UNICRI .*hosted Expert meeting in Turin$/);
    expect(await preview.locator(".quote").textContent()).toBe(`“${PHRASE}”`);
    // A bad date is refused at its field, live, as `npm run validate` words it.
    await to.getByLabel("Start date").fill("2013-13");
    await expect.poll(() => to.locator(".field-problem").count()).toBeGreaterThan(0);
    expect(await form.getByRole("button", { name: "Save" }).isDisabled()).toBe(true);
    await to.getByLabel("Start date").fill("2013-03");
    await expect.poll(() => to.locator(".field-problem").count()).toBe(0);
    await shot("edit-passage-form");
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => bar.textContent()).toContain("2 changes");

    // Second passage: ICCT co-hosted the meeting just added.
    await reader.waitFor();
    await selectInSource(page, SECOND, 0);
    await reader.getByRole("button", { name: "Cite the selected passage" }).click();
    await pickNode(page, "From: find a node", "ICCT");
    await form.getByLabel("Relation").selectOption("co-hosted");
    await pickNode(page, "To: find a node", "Expert meeting in Turin");
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => bar.textContent()).toContain("3 changes");

    // A date changed, then undone with the keyboard.
    await page.goto(page.url().replace(/\?.*$/, "?select=expert-meeting-in-turin"));
    await page.getByRole("button", { name: "Edit node…" }).click();
    const nodeForm = page.getByRole("dialog", { name: "Edit Expert meeting in Turin" });
    await nodeForm.getByLabel("Start date").fill("2013-05");
    await nodeForm.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.locator(".node-details").textContent()).toContain("May 2013");
    await page.locator("body").press("Control+z");
    await expect.poll(() => page.locator(".node-details").textContent()).toContain("March 2013");

    // A reload brings the work back, with a notice.
    await settle(page, 500);
    await page.reload();
    await bar.waitFor();
    await expect.poll(() => bar.textContent()).toContain("brought back");
    expect(await bar.textContent()).toContain("3 changes");
    expect(await page.locator(".node-details h2").textContent()).toBe("Expert meeting in Turin");

    // Save: the summary, then the zip.
    await bar.getByRole("button", { name: "Save…" }).click();
    const save = page.getByRole("dialog", { name: "Save the dataset" });
    const summary = await save.locator(".change-summary").textContent();
    expect(summary).toContain("1 node: 1 added");
    expect(summary).toContain("2 relations: 2 added");
    expect(summary).toContain("3 citations: 3 added");
    expect(summary).toContain("1 source: 1 added");
    await shot("edit-save-summary");
    const downloading = page.waitForEvent("download");
    await save.getByRole("button", { name: /^Download .*\.zip$/ }).click();
    const zip = await downloading;
    const bytes = readFileSync((await zip.path())!);

    // Unzipped into a fresh graph-data/: the validator accepts it as it is.
    rmSync(EDITED, { recursive: true, force: true });
    cpSync("graph-data", EDITED, { recursive: true });
    for (const [path, data] of Object.entries(unzipSync(new Uint8Array(bytes)))) {
      mkdirSync(dirname(join(EDITED, path)), { recursive: true });
      writeFileSync(join(EDITED, path), strFromU8(data));
    }
    const out = execFileSync("npx", ["tsx", "src/cli/validate.ts", EDITED], { encoding: "utf8" });
    expect(out).toContain("✓");
    expect(problems).toEqual([]);
  });

  it("shows what was saved: the new facts with their quotes, the cited occurrence marked", async () => {
    const path = "/?dataset=fixtures/generated/edited/veo-rehabilitation.json&select=expert-meeting-in-turin";
    const { page, problems } = await app.open(path);
    const details = page.locator(".node-details");
    await expect.poll(() => details.textContent()).toContain("Hosted by");
    expect(await details.textContent()).toContain(PHRASE);
    expect(await details.textContent()).toContain("ICCT");
    await details.getByRole("button", { name: "Show in source" }).first().click();
    const reader = page.getByRole("region", { name: "Notes on the Turin meeting" });
    await reader.waitFor();
    // The phrase stands twice; the passage marked is the second, in the final report's paragraph.
    const marked = reader.locator("mark.passage", { hasText: PHRASE });
    expect(await marked.count()).toBe(1);
    expect(await marked.evaluate((m) => m.closest("p")!.textContent)).toContain("The final report confirms it");
    expect(problems).toEqual([]);
  });

  it("makes a PDF a source whose passages can be cited, its text extracted in a worker under the CSP", async () => {
    const { page, problems } = await app.open("/");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const bar = page.getByRole("region", { name: "Edit mode" });
    // Discarding is an explicit action, and returns to the reading mode.
    page.once("dialog", (d) => void d.accept());
    await bar.getByRole("button", { name: "Discard…" }).click();
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await bar.getByRole("button", { name: "Add source…" }).click();
    const add = page.getByRole("dialog", { name: "Add a source" });
    const pdf = makePdf([
      ["The Rome Memorandum was adopted in June 2012."],
      ["A second page: UNICRI trained judges in Turin."],
    ]);
    await add
      .getByLabel("Or choose a file")
      .setInputFiles({ name: "training-report.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await expect
      .poll(() => add.getByLabel(/^Text of the source/).inputValue(), { timeout: 20_000 })
      .toContain("## Page 2");
    expect(await add.getByLabel("Title (required)").inputValue()).toBe("training-report");
    await add.getByRole("button", { name: "Add source" }).click();
    const reader = page.getByRole("region", { name: "training-report" });
    await reader.waitFor();
    expect(await reader.locator(".source-text h3").allTextContents()).toEqual(["Page 1", "Page 2"]);
    await selectInSource(page, "UNICRI trained judges in Turin.", 0);
    await reader.getByRole("button", { name: "Cite the selected passage" }).click();
    const form = page.getByRole("dialog", { name: "Cite this passage" });
    await form.getByRole("radio", { name: "More evidence" }).click();
    await form.getByRole("combobox", { name: "Evidence for: find a node" }).fill("UNICRI");
    await form
      .getByRole("option", { name: /^UNICRI/ })
      .first()
      .click();
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => bar.textContent()).toContain("2 changes");
    const marked = reader.locator("mark.passage", { hasText: "UNICRI trained judges in Turin." });
    await expect.poll(() => marked.count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it("does not let two tabs editing one dataset silently overwrite each other", async () => {
    const { page: first, problems } = await app.open("/");
    await first.getByRole("button", { name: "Edit", exact: true }).click();
    const bar = (page: Page) => page.getByRole("region", { name: "Edit mode" });
    await bar(first).getByRole("button", { name: "Add source…" }).click();
    const add = first.getByRole("dialog", { name: "Add a source" });
    await add.getByLabel("Title (required)").fill("Notes");
    await add.getByLabel(/^Text of the source/).fill(PASTED);
    await add.getByRole("button", { name: "Add source" }).click();
    await expect.poll(() => bar(first).textContent()).toContain("1 change");
    await settle(first, 300);

    // A second tab of the same browser opens on the same stored work.
    const second = await first.context().newPage();
    await second.goto(first.url());
    await expect.poll(() => bar(second).textContent()).toContain("brought back");
    // The first tab goes on; the second is told at once.
    await bar(first).getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => bar(second).textContent()).toContain("Another tab is editing this dataset too");
    // The second tab's own change is not written over the first's newer work, and it says so.
    await bar(second).getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => bar(second).textContent()).toContain("changed in another tab");
    expect(problems).toEqual([]);
  });
});
