// Issue 17, item 2 in the browser: a node called `constructor` (or any name on Object.prototype)
// opens and draws, from Open file and from `?dataset=` with `?path=`; and a part of the page that
// fails shows a located message while the rest stays usable — never an empty #root.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";

import { describeInBrowser, useApp } from "./harness";
import { detailsHeading, statusCounts } from "./panels-helpers";
import { FIXTURES } from "./server";

/** The reproduction, byte for byte. */
const CONSTRUCTOR_FILE =
  '{"nodes":[{"key":"a"},{"key":"constructor"}],"edges":[{"source":"a","target":"constructor"}]}';

const QUOTES = ["the first paper", "the memorandum", "the centre prepared it", "it builds on the first paper"];

/** A contract dataset whose organisation is keyed `constructor`: it passes `npm run validate`. */
const CONTRACT = {
  attributes: { id: "keys", title: "Prototype keys", sources: [{ id: "keys-source", title: "Source" }] },
  nodes: [
    { key: "constructor", attributes: { kind: "organisation", label: "Constructor Centre", sources: [q(2)] } },
    { key: "memo", attributes: { kind: "document", label: "The memorandum", start: "2012", sources: [q(1)] } },
    { key: "first", attributes: { kind: "document", label: "First paper", start: "2010", sources: [q(0)] } },
  ],
  edges: [
    { source: "constructor", target: "memo", attributes: { relation: "prepared", sources: [q(2)] } },
    { source: "memo", target: "first", attributes: { relation: "builds-on", sources: [q(3)] } },
  ],
};
function q(i: number) {
  return { source: "keys-source", quote: QUOTES[i]! };
}

beforeAll(() => {
  const dir = join(FIXTURES, "generated");
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(dir, "prototype-keys.json"), JSON.stringify(CONTRACT));
  writeFileSync(join(dir, "sources", "keys-source.md"), QUOTES.join(". ") + ".");
});

const picker = (page: Page) => page.locator("input[type='file']");
const title = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

async function searchAndSelect(page: Page, text: string) {
  await page.keyboard.press("/");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

describeInBrowser("keys named like Object.prototype members", () => {
  const app = useApp();

  it("must show: the issue's `constructor` file opens, draws, searches, and Back returns", async () => {
    const { page, problems } = await app.open("/");
    const before = await title(page);
    await picker(page).setInputFiles({
      name: "constructor.json",
      mimeType: "application/json",
      buffer: Buffer.from(CONSTRUCTOR_FILE),
    });
    await expect.poll(() => title(page)).not.toBe(before);
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    expect(await statusCounts(page)).toEqual({ shown: 2, total: 2 });
    await searchAndSelect(page, "constructor");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("constructor");
    // Back past the selection, then past the file: the graph shown before
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("select")).toBeNull();
    expect(await title(page)).toBe("constructor");
    await page.goBack();
    await expect.poll(() => title(page)).toBe(before);
    expect(await page.locator("#root").innerHTML()).not.toBe("");
    expect(problems).toEqual([]);
  });

  it("opens every Object.prototype name as a graphology JSON, a CSV pair and GEXF ids", async () => {
    const { page, problems } = await app.open("/");
    for (const key of ["toString", "valueOf", "__proto__", "hasOwnProperty"]) {
      const files = [
        {
          name: `${key}.json`,
          mimeType: "application/json",
          buffer: Buffer.from(
            JSON.stringify({ nodes: [{ key: "a" }, { key }], edges: [{ source: "a", target: key }] }),
          ),
        },
      ];
      const csv = [
        {
          name: `${key}-nodes.csv`,
          mimeType: "text/csv",
          buffer: Buffer.from(`key,label\r\na,A\r\n${key},${key}\r\n`),
        },
        { name: `${key}-edges.csv`, mimeType: "text/csv", buffer: Buffer.from(`source,target\r\na,${key}\r\n`) },
      ];
      const gexf = [
        {
          name: `${key}.gexf`,
          mimeType: "application/xml",
          buffer: Buffer.from(
            `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="${key}" label="${key}"/></nodes><edges><edge id="e" source="a" target="${key}"/></edges></graph></gexf>`,
          ),
        },
      ];
      for (const set of [files, csv, gexf]) {
        await picker(page).setInputFiles(set);
        await expect.poll(() => title(page)).toBe(set[0]!.name.replace(/(-nodes)?\.\w+$/, ""));
        await page.locator(".graph-canvas [data-graph-ready]").waitFor();
        expect(await statusCounts(page), set[0]!.name).toEqual({ shown: 2, total: 2 });
        await searchAndSelect(page, key);
        await expect.poll(() => detailsHeading(page).textContent(), { message: set[0]!.name }).toBe(key);
      }
    }
    expect(problems).toEqual([]);
  });

  it("must show: a contract dataset with an organisation `constructor` opens with ?path=constructor,first", async () => {
    const { page, problems } = await app.open(
      "/?dataset=fixtures/generated/prototype-keys.json&path=constructor,first",
    );
    expect(await title(page)).toBe("Prototype keys");
    const panel = page.locator(".connections-panel");
    await panel.waitFor();
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toContain("Constructor Centre");
    const steps = await panel.getByRole("region", { name: "Shortest connection" }).textContent();
    expect(steps).toContain("The memorandum");
    expect(steps).toContain("First paper");
    // the organisation filter and the lineage of its document
    await page.goto(
      new URL("?dataset=fixtures/generated/prototype-keys.json&org=constructor&lineage=memo", page.url()).href,
    );
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    // its footprint: itself and the memorandum it prepared
    expect(await statusCounts(page)).toEqual({ shown: 2, total: 3 });
    expect(
      await page.locator(".lineage-panel").getByRole("list", { name: "Documents in date order" }).textContent(),
    ).toContain("First paper");
    expect(problems).toEqual([]);
  });
});

describeInBrowser("a part of the page that fails", () => {
  const app = useApp();

  it("must show: a canvas that cannot start gives a located message; search and details still work", async () => {
    const { page } = await app.open("/", { waitForGraph: false });
    // No WebGL: what a browser without a GPU driver, or a crashing renderer, gives sigma.
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    await page.reload();
    const failed = page.locator("[data-failed-part='the canvas']");
    await failed.waitFor();
    expect(await failed.getAttribute("role")).toBe("alert");
    expect(await failed.textContent()).toMatch(/Something went wrong in the canvas\..*still works/);
    await searchAndSelect(page, "Rome Memorandum");
    await expect.poll(() => detailsHeading(page).textContent()).toContain("Rome Memorandum");
    expect(await page.locator(".side-panel").isVisible()).toBe(true);
  });

  it("must show: a panel that fails on a file's data says where; the canvas and search still work", async () => {
    const { page, problems } = await app.open("/");
    // A fault in the filters panel, set off by one label: sorting the organisations throws on it.
    await page.evaluate(() => {
      const compare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (this: string, that: string, ...rest: never[]) {
        if (this === "BOOM org" || that === "BOOM org") throw new Error("no order for BOOM org");
        return compare.call(this, that, ...rest);
      } as typeof compare;
    });
    const flat = {
      nodes: [
        { key: "boom", attributes: { label: "BOOM org", type: "organisation" } },
        { key: "calm", attributes: { label: "Calm org", type: "organisation" } },
        { key: "paper", attributes: { label: "Paper" } },
      ],
      edges: [{ source: "boom", target: "paper" }],
    };
    await picker(page).setInputFiles({
      name: "boom.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(flat)),
    });
    await expect.poll(() => title(page)).toBe("boom");
    const failed = page.locator("[data-failed-part='the filters']");
    await failed.waitFor();
    expect(await failed.textContent()).toContain("Error: no order for BOOM org");
    await page.locator(".graph-canvas [data-graph-ready]").waitFor();
    expect(await statusCounts(page)).toEqual({ shown: 3, total: 3 });
    // (Paper's details would sort its relations by label and meet BOOM org: the details panel would fail too.)
    await searchAndSelect(page, "Calm org");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Calm org");
    expect(problems.filter((p) => !p.includes("BOOM"))).toEqual([]);
  });

  it("must show: an opened file whose explorer cannot start offers Back to the graph shown before", async () => {
    const { page } = await app.open("/?select=rome-memorandum");
    const before = await title(page);
    // A fault in reading the view for the new graph (Explorer's start), switched on for this file only.
    await page.evaluate(() => {
      const Original = URLSearchParams;
      const flag = window as unknown as { failView?: boolean };
      flag.failView = true;
      window.URLSearchParams = class extends Original {
        constructor(...args: ConstructorParameters<typeof URLSearchParams>) {
          if (flag.failView) throw new Error("the view could not be read");
          super(...args);
        }
      };
    });
    await picker(page).setInputFiles({
      name: "constructor.json",
      mimeType: "application/json",
      buffer: Buffer.from(CONSTRUCTOR_FILE),
    });
    const failed = page.locator("[data-failed-part='the graph of constructor.json']");
    await failed.waitFor();
    expect(await failed.textContent()).toContain("the view could not be read");
    expect(await page.locator("#root").innerHTML()).not.toBe("");
    await page.evaluate(() => ((window as unknown as { failView?: boolean }).failView = false));
    await failed.getByRole("button", { name: "Back to the previous graph" }).click();
    await expect.poll(() => title(page)).toBe(before);
    await expect.poll(() => detailsHeading(page).textContent()).toContain("Rome Memorandum");
  });
});
