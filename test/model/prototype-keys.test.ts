// Issue 17, item 2: any string a format allows as a key — every name on Object.prototype among
// them — loads, lays out, searches, filters, traces (lineage, paths), survives the address bar and
// exports and reads back, in every format (data-contract JSON, graphology JSON, the CSV pair, GEXF).
import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { exportCsv } from "../../src/io/export-csv";
import { exportGexf } from "../../src/io/export-gexf";
import { exportJson } from "../../src/io/export-json";
import { exportJsonLd } from "../../src/io/export-jsonld";
import { importFile } from "../../src/io/import-file";
import { readDataset } from "../../src/io/read-dataset";
import type { ImportResult } from "../../src/io/types";
import { BIDI_CONTROL, type DataGraph, isBlank } from "../../src/model";
import { connections } from "../../src/queries/paths";
import { visibleNodes } from "../../src/queries/filters";
import { footprint } from "../../src/queries/footprint";
import { forceLayout } from "../../src/queries/layout";
import { lineage } from "../../src/queries/lineage";
import { buildSearchIndex, searchNodes } from "../../src/queries/search";
import { timeLayout } from "../../src/queries/timeline";
import { parseViewUrl, serialiseViewUrl } from "../../src/state/url";

export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const QUOTES = ["the alpha paper", "the kappa guidance", "omega prepared it", "it builds on alpha", "about themes"];
const TEXTS = { src: QUOTES.join(". ") + "." };
const cite = (i: number) => [{ source: "src", quote: QUOTES[i]! }];

/** A contract dataset whose document `k` builds on `a`, is prepared by `org` and addresses `theme`. */
export function contractWith(k: string) {
  return {
    attributes: { id: "keys", title: "Keys", sources: [{ id: "src", title: "Source" }] },
    nodes: [
      { key: "a", attributes: { kind: "document", label: "Alpha paper", start: "2010", sources: cite(0) } },
      { key: k, attributes: { kind: "document", label: "Kappa guidance", start: "2012", sources: cite(1) } },
      { key: "org", attributes: { kind: "organisation", label: "Omega", sources: cite(2) } },
      { key: "theme", attributes: { kind: "theme", label: "Themes", sources: cite(4) } },
    ],
    edges: [
      { source: k, target: "a", attributes: { relation: "builds-on", sources: cite(3) } },
      { source: "org", target: k, attributes: { relation: "prepared", sources: cite(2) } },
      { source: k, target: "theme", attributes: { relation: "addresses", sources: cite(4) } },
    ],
  };
}

function ok(result: ImportResult): DataGraph {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where} ${p.field ?? ""}: ${p.message}`).join("\n"));
  return result.graph;
}

const contractGraph = (k: string) => ok(importFile("keys.json", JSON.stringify(contractWith(k)), TEXTS));

/** The contract's keys are kebab-case; the other formats take any string. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The same story without citations: the other formats read it as it is, any key allowed. */
function flatWith(k: string) {
  const { nodes, edges } = contractWith(k);
  return {
    attributes: { title: "Keys" },
    nodes: [
      // `type`, not `kind`: a `kind` would make it read as the data contract
      ...nodes.map(({ key, attributes: { sources: _, kind, ...rest } }) => ({
        key,
        attributes: { type: kind, ...rest },
      })),
      { key: "b", attributes: { type: "document", label: "Beta" } },
    ],
    edges: [
      ...edges.map(({ source, target, attributes: { relation } }) => ({ source, target, attributes: { relation } })),
      { source: "b", target: k, attributes: { relation: "builds-on" } },
    ],
  };
}

/** The same graph in each format the explorer opens, read back. */
function inEveryFormat(k: string): [format: string, graph: DataGraph][] {
  const flat = ok(importFile("flat.json", JSON.stringify(flatWith(k))));
  const [nodes, edges] = exportCsv(flat);
  return [
    ...(KEBAB.test(k) ? ([["contract JSON", contractGraph(k)]] as [string, DataGraph][]) : []),
    ["graphology JSON", flat],
    [
      "CSV pair",
      ok(
        readDataset([
          { name: nodes.filename, text: nodes.text },
          { name: edges.filename, text: edges.text },
        ]),
      ),
    ],
    ["GEXF", ok(importFile("keys.gexf", exportGexf(flat).text))],
  ];
}

const NO_FILTER = { orgs: [], kinds: null, themes: [], from: null, to: null, undated: true };

/** Everything a reader can do with node `k` of `graph`, each asserted. */
function exercise(graph: DataGraph, k: string) {
  const g = graph as DataGraph;
  expect(g.hasNode(k)).toBe(true);
  const other = "theme";
  // draw: every node gets a finite position, in the force and the time layout
  const positions = forceLayout(g);
  expect(positions.size).toBe(g.order);
  for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  timeLayout(g);
  // search
  expect(searchNodes(buildSearchIndex(g), "kappa guidance")[0]?.key).toBe(k);
  // filter: by its kind, and by a date range when it has a date
  const kind = g.getNodeAttribute(k, "kind");
  expect(visibleNodes(g, { ...NO_FILTER, kinds: [kind] })?.has(k)).toBe(true);
  // trace: the path a → k → other
  const found = connections(g, "a", other);
  expect(found.paths[0]?.nodes).toEqual(["a", k, other]);
  expect(footprint(g, ["org"]).has(k)).toBe(true);
  expect(visibleNodes(g, { ...NO_FILTER, orgs: ["org"] })?.has(k)).toBe(true);
  expect(visibleNodes(g, { ...NO_FILTER, themes: ["theme"] })?.has(k)).toBe(true);
  // The range keeps the document it builds on too: alone, a node linked to nothing kept is not shown.
  expect(visibleNodes(g, { ...NO_FILTER, from: "2010", to: "2013", undated: false })?.has(k)).toBe(true);
  expect(lineage(g, k).ancestors).toEqual(["a"]);
  expect(lineage(g, "a").descendants).toContain(k);
  // the address bar: select, path and lineage name it, and read back without a notice
  if (!k.includes(",")) {
    const q = new URLSearchParams({ select: k, path: `${k},a`, lineage: k, org: "org" });
    const { state, notices } = parseViewUrl(`?${q}`, { graph: g, version: "v" });
    expect(notices).toEqual([]);
    expect(state.select).toBe(k);
    expect(state.path).toEqual([k, "a"]);
    expect(state.lineage).toBe(k);
    const again = parseViewUrl(serialiseViewUrl(state, "v"), { graph: g, version: "v" });
    expect(again.state.select).toBe(k);
  }
  // export: every format reads back with the key, JSON-LD names it
  const json = exportJson(g).text;
  expect(JSON.parse(json).nodes.map((node: { key: string }) => node.key)).toContain(k);
  // A graph without citations is no data-contract dataset: its JSON export reads back only when cited.
  if (g.getAttribute("sources").length) expect(ok(importFile("back.json", json, TEXTS)).hasNode(k)).toBe(true);
  const [n, e] = exportCsv(g);
  expect(
    ok(
      readDataset([
        { name: n.filename, text: n.text },
        { name: e.filename, text: e.text },
        ...Object.entries(TEXTS).map(([id, text]) => ({ name: `sources/${id}.md`, text })),
      ]),
    ).hasNode(k),
  ).toBe(true);
  expect(ok(importFile("back.gexf", exportGexf(g).text, TEXTS)).hasNode(k)).toBe(true);
  expect(JSON.parse(exportJsonLd(g).text)["@graph"].map((item: { "@id": string }) => item["@id"])).toContain(
    `node:${k}`,
  );
}

describe("keys named like Object.prototype members", () => {
  test.each(PROTOTYPE_NAMES)("must show: %s loads, draws, searches, filters, traces and exports", (k) => {
    for (const [format, graph] of inEveryFormat(k)) {
      try {
        exercise(graph, k);
      } catch (error) {
        throw new Error(`${format}: ${String(error)}`, { cause: error });
      }
    }
  });

  test("must show: the issue's graphology JSON with a node `constructor` opens", () => {
    const text = '{"nodes":[{"key":"a"},{"key":"constructor"}],"edges":[{"source":"a","target":"constructor"}]}';
    const graph = ok(importFile("constructor.json", text)) as DataGraph;
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(connections(graph, "a", "constructor").paths[0]?.nodes).toEqual(["a", "constructor"]);
    expect(forceLayout(graph).get("constructor")).toBeDefined();
  });
});

// Keys as GEXF can carry them (XML characters, no line breaks or tabs an attribute would fold), not
// blank, and without bidi controls (refused in keys: see visible-text.ts).
const xmlChar = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
  .filter((s) => !/\p{Cc}|[\uFFFE\uFFFF]/u.test(s) && !isBlank(s) && !BIDI_CONTROL.test(s));
const keys = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  xmlChar,
  fc.constantFrom("a,b", "1", "0", "-1", "=x", " x "),
);

test("property: any key the formats allow loads, draws, searches, filters, traces and exports", () => {
  fc.assert(
    fc.property(
      keys.filter((k) => !["a", "b", "org", "theme"].includes(k)),
      (k) => {
        for (const [format, graph] of inEveryFormat(k)) {
          try {
            exercise(graph, k);
          } catch (error) {
            throw new Error(`${format}: ${String(error)}`, { cause: error });
          }
        }
      },
    ),
    { numRuns: 60 },
  );
  // 60 graphs laid out and exported: a few seconds alone, more on a busy machine.
}, 60_000);
