// Issue 17, items 3–5 in the browser: hostile files give a located message where the reader looks
// (the error screen of `?dataset=`, the Open file dialog), and the graph on screen stays usable.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";

import { MAX_DEPTH } from "../../src/io/json-text";
import {
  BIDI_KEY,
  BIDI_LABEL,
  BRACKETS,
  contractDataset,
  deepAttribute,
  flatDataset,
  HOSTILE_TEXTS,
  ZERO_WIDTH_LABEL,
} from "../fixtures/hostile";
import { describeInBrowser, useApp } from "./harness";
import { detailsHeading, statusCounts } from "./panels-helpers";
import { FIXTURES } from "./server";

const GENERATED = join(FIXTURES, "generated");

beforeAll(() => {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, "deep-attribute.json"), deepAttribute());
  writeFileSync(join(GENERATED, "brackets.json"), BRACKETS);
});

const picker = (page: Page) => page.locator("input[type='file']");
const title = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const notFetchLog = (problem: string) => !/Failed to load resource.*404/.test(problem);

describeInBrowser("hostile input", () => {
  const app = useApp();

  it("must show: ?dataset= nested 5,000 levels deep, or `[` × 200,000, lists the place instead of hanging", async () => {
    for (const file of ["deep-attribute.json", "brackets.json"]) {
      const { page, problems } = await app.open(`/?dataset=fixtures/generated/${file}`, { waitForGraph: false });
      const screen = page.locator(".error-screen");
      await screen.waitFor({ timeout: 15_000 });
      const text = await screen.textContent();
      expect(text).toMatch(/line 1, column \d+/);
      expect(text).toContain(`nested more than ${MAX_DEPTH} levels deep`);
      expect(problems.filter(notFetchLog)).toEqual([]);
    }
  });

  it("must show: Open file with the same files names the place, and the graph shown stays", async () => {
    const { page, problems } = await app.open("/");
    const before = { title: await title(page), counts: await statusCounts(page) };
    for (const [name, text] of [
      ["deep-attribute.json", deepAttribute()],
      ["brackets.json", BRACKETS],
    ]) {
      await picker(page).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
      const alert = page.getByRole("alertdialog");
      await alert.waitFor();
      const listed = await alert.getByRole("alert").textContent();
      expect(listed).toMatch(/line 1, column \d+/);
      expect(listed).toContain(`nested more than ${MAX_DEPTH} levels deep`);
      await alert.getByRole("button", { name: "Close" }).click();
      await expect.poll(() => alert.isVisible()).toBe(false);
      expect(await title(page)).toBe(before.title);
      expect(await statusCounts(page)).toEqual(before.counts);
    }
    expect(problems).toEqual([]);
  });

  it("must show: a key `org-\\u202ec` is refused with its place written out; a bidi label shows its controls", async () => {
    const { page, problems } = await app.open("/");
    const before = await title(page);
    const json = (name: string, value: unknown) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(value)),
    });
    await picker(page).setInputFiles(json("bidi-key.json", flatDataset(BIDI_KEY, "Org")));
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    const listed = (await alert.getByRole("alert").textContent()) ?? "";
    expect(listed).toContain('node "org-⟨U+202E⟩c"');
    expect(listed).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await alert.getByRole("button", { name: "Close" }).click();
    expect(await title(page)).toBe(before);

    // A contract dataset with its source text: the label reads as written, controls and all.
    await picker(page).setInputFiles([
      json("evil.json", contractDataset("evil-org", BIDI_LABEL)),
      { name: "src.md", mimeType: "text/markdown", buffer: Buffer.from(HOSTILE_TEXTS.src) },
    ]);
    await expect.poll(() => title(page)).toBe("Hostile");
    await page.keyboard.press("/");
    await page.keyboard.type("evil");
    await page.keyboard.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("⟨U+202E⟩evil⟨U+202C⟩ Org");
    expect(problems).toEqual([]);
  });

  it("must show: a label of only \\u200B is refused as empty, with its place", async () => {
    const { page } = await app.open("/");
    await picker(page).setInputFiles([
      {
        name: "blank.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(contractDataset("org", ZERO_WIDTH_LABEL))),
      },
      { name: "src.md", mimeType: "text/markdown", buffer: Buffer.from(HOSTILE_TEXTS.src) },
    ]);
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    const listed = await alert.getByRole("alert").textContent();
    expect(listed).toContain('node "org"');
    expect(listed).toContain("must not be empty: it has only invisible characters");
  });
});
