// Export, then import: the graph that comes back is the graph that went out (keys, counts, attributes).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, test } from "vitest";

import { exportCsv } from "../../src/io/export-csv";
import { exportGexf } from "../../src/io/export-gexf";
import { exportJson } from "../../src/io/export-json";
import { importCsv } from "../../src/io/import-csv";
import { importFile } from "../../src/io/import-file";
import { readDataset } from "../../src/io/read-dataset";
import type { ImportResult } from "../../src/io/types";
import { DEFAULT_DATASET, loaded, plain, TRICKY_DATASET } from "./helpers";

const fixtureText = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/io/${name}`, import.meta.url)), "utf8");

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where} ${p.field ?? ""}: ${p.message}`).join("\n"));
  return result;
}

describe.each([
  ["default dataset", DEFAULT_DATASET],
  ["tricky characters", TRICKY_DATASET],
])("%s", (_, file) => {
  test("JSON: same graph, quotes verified against the given texts", () => {
    const { graph, texts } = loaded(file);
    const back = ok(importFile("export.json", exportJson(graph).text, texts));
    expect(back.format).toBe("data-contract");
    expect(back.unverified.size).toBe(0);
    expect(plain(back.graph)).toEqual(plain(graph));
  });

  test("GEXF: same graph, through the data contract's checks", () => {
    const { graph, texts } = loaded(file);
    const viz = new Map(graph.nodes().map((k, i) => [k, { x: i, y: -i, size: 3, color: "#0072B2" }]));
    const back = ok(importFile("export.gexf", exportGexf(graph, { viz }).text, texts));
    expect(back.format).toBe("gexf");
    expect(back.generic).toEqual({ nodes: 0, edges: 0 });
    // GEXF has no place for guided stories (docs/data-contract.md): everything else comes back.
    expect(back.graph.getAttribute("stories")).toBeUndefined();
    const sent = plain(graph) as { attributes: Record<string, unknown> };
    const { stories: _stories, ...rest } = sent.attributes;
    expect(plain(back.graph)).toEqual({ ...sent, attributes: rest });
  });

  test("CSV read back: same nodes and edges with every attribute", () => {
    const { graph, texts } = loaded(file);
    const [nodes, edges] = exportCsv(graph);
    const back = ok(
      importCsv({ name: nodes.filename, text: nodes.text }, { name: edges.filename, text: edges.text }, texts),
    );
    const { nodes: n, edges: e } = plain(back.graph) as { nodes: unknown; edges: unknown };
    const original = plain(graph) as { nodes: unknown; edges: unknown };
    expect(n).toEqual(original.nodes);
    expect(e).toEqual(original.edges);
    expect(back.generic).toEqual({ nodes: 0, edges: 0 });
  });
});

describe("without the source texts", () => {
  test("a data-contract JSON loads with every citation of a missing text marked unverified", () => {
    const { graph } = loaded(TRICKY_DATASET);
    const back = ok(importFile("tricky.json", exportJson(graph).text));
    expect([...back.unverified].sort()).toEqual(["annex", "notes"]);
    expect(plain(back.graph)).toEqual(plain(graph));
    expect(back.warnings).toContainEqual(
      expect.objectContaining({ where: "graph", message: expect.stringMatching(/^source "notes" .*not checked$/) }),
    );
    expect(Object.isFrozen(back.graph.getNodeAttributes("memo"))).toBe(true);
    expect(() => back.graph.dropNode("memo")).toThrow(/read-only/);
  });

  test("only the missing texts are unverified; a quote absent from a given text still fails", () => {
    const { graph, texts } = loaded(TRICKY_DATASET);
    const partial = ok(importFile("tricky.json", exportJson(graph).text, { notes: texts.notes! }));
    expect([...partial.unverified]).toEqual(["annex"]);
    const json = JSON.parse(exportJson(graph).text);
    json.nodes[0].attributes.sources[0].quote = "words that are not in the notes";
    const failed = importFile("tricky.json", JSON.stringify(json), { notes: texts.notes! });
    expect(failed.ok).toBe(false);
    if (!failed.ok)
      expect(failed.problems).toContainEqual(
        expect.objectContaining({ where: 'node "network"', field: "sources[0].quote", severity: "error" }),
      );
  });

  test("GEXF of our own export without texts: unverified, same graph", () => {
    const { graph } = loaded(TRICKY_DATASET);
    const back = ok(importFile("tricky.gexf", exportGexf(graph).text));
    expect(back.unverified.size).toBe(2);
    expect(plain(back.graph)).toEqual(plain(graph));
  });
});

test("readDataset takes source texts from .md/.txt files beside the dataset, and CSV pairs", () => {
  const { graph, texts } = loaded(TRICKY_DATASET);
  const sources = Object.entries(texts).map(([id, text]) => ({ name: `sources/${id}.md`, text }));
  const verified = ok(readDataset([{ name: "tricky.json", text: exportJson(graph).text }, ...sources]));
  expect(verified.unverified.size).toBe(0);
  const [n, e] = exportCsv(graph);
  const csv = ok(readDataset([...sources, { name: n.filename, text: n.text }, { name: e.filename, text: e.text }]));
  expect(csv.format).toBe("csv");
  expect(csv.graph.order).toBe(graph.order);
  const two = readDataset([
    { name: "a.json", text: "{}" },
    { name: "b.gexf", text: "<gexf/>" },
  ]);
  expect(two.ok).toBe(false);
});

describe("a graph imported with generic kinds and relations", () => {
  const gephi = () => ok(importFile("gephi-like.gexf", fixtureText("gephi-like.gexf")));

  test.each([
    ["JSON", (g: Parameters<typeof exportJson>[0]) => exportJson(g)],
    ["GEXF", (g: Parameters<typeof exportGexf>[0]) => exportGexf(g)],
  ])("exported as %s, reads back the same (kinds, relations, labels, extra attributes)", (_, write) => {
    const first = gephi();
    const file = write(first.graph);
    const back = ok(importFile(file.filename, file.text));
    expect(back.generic).toEqual(first.generic);
    expect(plain(back.graph)).toEqual(plain(first.graph));
    expect(() => back.graph.setNodeAttribute("n0", "label", "x")).toThrow(/read-only/);
  });
});
