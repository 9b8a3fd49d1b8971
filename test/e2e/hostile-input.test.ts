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
  GEXF_ENTITY,
  HOSTILE_TEXTS,
  TRAILING_COMMA,
  yearZeroDataset,
  ZERO_WIDTH_LABEL,
} from "../fixtures/hostile";
import { describeInBrowser, useApp } from "./harness";
import { DATA, detailsHeading, statusCounts } from "./panels-helpers";
import { FIXTURES } from "./server";

const GENERATED = join(FIXTURES, "generated");

beforeAll(() => {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, "deep-attribute.json"), deepAttribute());
  writeFileSync(join(GENERATED, "brackets.json"), BRACKETS);
  writeFileSync(join(GENERATED, "trailing-comma.json"), TRAILING_COMMA);
  writeFileSync(join(GENERATED, "year-zero.json"), JSON.stringify(yearZeroDataset()));
  mkdirSync(join(GENERATED, "sources"), { recursive: true });
  writeFileSync(join(GENERATED, "sources", "src.md"), HOSTILE_TEXTS.src);
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

  it("must show: ?dataset= with a trailing comma, or a year 0000, lists the place", async () => {
    for (const [file, expected] of [
      ["trailing-comma.json", /line 3, column 19.*not valid JSON: unexpected "\}"/],
      ["year-zero.json", /node "doc" · start.*"0000": the year must be from 1000 to 2999/],
    ] as const) {
      const { page, problems } = await app.open(`/?dataset=fixtures/generated/${file}`, { waitForGraph: false });
      const screen = page.locator(".error-screen");
      await screen.waitFor({ timeout: 15_000 });
      expect(await screen.textContent()).toMatch(expected);
      expect(problems.filter(notFetchLog)).toEqual([]);
    }
  });

  it("must show: Open file refuses a GEXF internal entity with its place, as the CLI does", async () => {
    const { page } = await app.open("/");
    await picker(page).setInputFiles({
      name: "entity.gexf",
      mimeType: "application/xml",
      buffer: Buffer.from(GEXF_ENTITY),
    });
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    expect(await alert.getByRole("alert").textContent()).toMatch(/line 2, column 18.*declares an entity/);
  });

  it("must show: a long unknown parameter and 1,000 unknown keys give one short notice each; the graph shows", async () => {
    // 12 kB in the browser: the test server, like Node's HTTP parser, refuses a longer request line
    // (the unit test in test/io/also-found.test.ts takes 100 kB).
    for (const query of [`junk=${"x".repeat(12_000)}`, Array.from({ length: 1000 }, (_, i) => `k${i}=1`).join("&")]) {
      const { page, problems } = await app.open(`/?select=rome-memorandum&${query}`);
      const notices = page.getByRole("region", { name: "Notices" }).getByRole("alert");
      await expect.poll(() => notices.count()).toBe(1);
      expect(((await notices.textContent()) ?? "").length).toBeLessThan(200);
      expect(await statusCounts(page)).toMatchObject({ total: DATA.nodes.length });
      expect(await detailsHeading(page).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    }
  });
});
