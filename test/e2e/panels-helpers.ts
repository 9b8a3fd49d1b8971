// What the panel tests read off the page the way a reader does: the status line, the details
// panel, the search box; and the default dataset as the files on disk state it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

interface RawDataset {
  attributes: { sources: { id: string; title: string }[] };
  nodes: { key: string; attributes: { kind: string; label: string } }[];
  edges: { source: string; target: string; attributes: { relation: string } }[];
}

export const DATA = JSON.parse(readFileSync(join(ROOT, "graph-data/veo-rehabilitation.json"), "utf8")) as RawDataset;

export function sourceText(id: string): string {
  return readFileSync(join(ROOT, "graph-data/sources", `${id}.md`), "utf8");
}

export function label(key: string): string {
  const node = DATA.nodes.find((n) => n.key === key);
  if (!node) throw new Error(`panels-helpers: no node "${key}" in the default dataset`);
  return node.attributes.label;
}

/** Keys of the nodes joined to `key` by an edge in either direction. */
export function neighbours(key: string): Set<string> {
  const out = new Set<string>();
  for (const e of DATA.edges) {
    if (e.source === key) out.add(e.target);
    if (e.target === key) out.add(e.source);
  }
  return out;
}

/** White space collapsed, typographic quotes and dashes folded: how the loader compares quotes. */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function details(page: Page): Locator {
  return page.getByRole("complementary", { name: "Details" });
}

export function detailsHeading(page: Page): Locator {
  return details(page).getByRole("heading", { level: 2 });
}

export function searchBox(page: Page): Locator {
  return page.getByRole("combobox", { name: "Search" });
}

/** The numbers in "Showing N of M nodes", after the status line says something. */
export async function statusCounts(page: Page): Promise<{ shown: number; total: number }> {
  const status = page.getByRole("status").filter({ hasText: /^Showing \d+ of \d+ nodes$/ });
  await expect.poll(() => status.count()).toBe(1);
  const match = /^Showing (\d+) of (\d+) nodes$/.exec((await status.textContent()) ?? "");
  if (!match) throw new Error("panels-helpers: no status line");
  return { shown: Number(match[1]), total: Number(match[2]) };
}

/** Presses Tab until `target` has focus; fails after `limit` presses. Returns how many it took. */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`tabTo: not reached after ${limit} presses of Tab`);
}
