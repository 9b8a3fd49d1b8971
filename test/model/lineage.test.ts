// Lineage relations point from a later document to an earlier one: no cycles, no steps forward in
// time, and an undated document is a warning (once per document), not an error.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";

import {
  loadDataset,
  type DataGraph,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from "../../src/model";
import { findLineageCycle } from "../../src/model/validate-lineage";
import { errorsOf, fixtureTexts, loadFixture, validDataset } from "./fixture";

const cite = [{ source: "seed", quote: "Rome Memorandum" }];

function chain(length: number, closeLoop: boolean): DataGraph {
  const graph: DataGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  for (let i = 0; i < length; i++) graph.addNode(`d${i}`, { kind: "document", label: `D${i}`, sources: cite });
  for (let i = 1; i < length; i++) graph.addEdge(`d${i}`, `d${i - 1}`, { relation: "builds-on", sources: cite });
  if (closeLoop) graph.addEdge("d0", `d${length - 1}`, { relation: "derived-from", sources: cite });
  return graph;
}

describe("lineage", () => {
  it("warns once per undated document, however many lineage steps it is in, and still loads", () => {
    const result = loadFixture("warnings/undated-lineage.json");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.where, w.field, w.severity])).toEqual([
      ['node "good-practices-document"', "start", "warning"],
      ['node "abu-dhabi-guidance"', "start", "warning"],
    ]);
    expect(result.warnings[0].message).toContain("no date");
  });

  it("finds a cycle that runs through different lineage relations", () => {
    expect(findLineageCycle(chain(4, true))).toEqual(["d0", "d3", "d2", "d1", "d0"]);
    expect(findLineageCycle(chain(4, false))).toBeUndefined();
  });

  it("looks for a cycle only from the given roots and through the given nodes", () => {
    const graph = chain(4, true);
    expect(findLineageCycle(graph, { roots: ["d2"] })).toEqual(["d2", "d1", "d0", "d3", "d2"]);
    expect(findLineageCycle(graph, { among: new Set(["d0", "d1", "d2"]) })).toBeUndefined();
    // A long chain is searched without recursion, so no stack to run out of.
    expect(findLineageCycle(chain(20_000, true))?.length).toBe(20_001);
  });

  it("reports a cycle and the forward step in it, each at its own place", () => {
    const data = validDataset();
    data.edges.push({
      source: "good-practices-document",
      target: "rome-memorandum",
      attributes: { relation: "builds-on", sources: cite },
    });
    const errors = errorsOf(loadDataset(data, fixtureTexts("valid")));
    expect(errors.map((e) => e.where)).toEqual([
      'lineage "good-practices-document" -> "rome-memorandum" -> "good-practices-document"',
      'edge "good-practices-document" -> "rome-memorandum" (builds-on)',
    ]);
  });

  it("ignores cycles made of other relations", () => {
    const data = validDataset();
    const seedCite = [{ source: "seed", quote: "From 6-9 December 2011" }];
    data.edges.push(
      {
        source: "hague-conference-2011",
        target: "abu-dhabi-plenary-2013",
        attributes: { relation: "preceded", sources: seedCite },
      },
      {
        source: "abu-dhabi-plenary-2013",
        target: "hague-conference-2011",
        attributes: { relation: "follow-up-to", sources: seedCite },
      },
    );
    const result = loadDataset(data, fixtureTexts("valid"));
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && findLineageCycle(result.graph)).toBeUndefined();
  });

  it("accepts a step between documents of the same coarse date", () => {
    const data = validDataset();
    data.nodes.find((n) => n.key === "rome-memorandum")!.attributes.start = "2011";
    expect(errorsOf(loadDataset(data, fixtureTexts("valid")))).toEqual([]);
  });
});

describe("lineage at size", () => {
  it("reports 150,000 undated documents in a lineage chain as warnings, one each", () => {
    const n = 150_000;
    const cite = [{ source: "seed", quote: "Rome Memorandum" }];
    const data = {
      attributes: { id: "big", title: "Big", sources: [{ id: "seed", title: "Seed" }] },
      nodes: Array.from({ length: n }, (_, i) => ({
        key: `d${i}`,
        attributes: { kind: "document", label: `D${i}`, sources: cite },
      })),
      edges: Array.from({ length: n - 1 }, (_, i) => ({
        source: `d${i + 1}`,
        target: `d${i}`,
        attributes: { relation: "builds-on", sources: cite },
      })),
    };
    const result = loadDataset(data, fixtureTexts("valid"));
    expect(result.ok ? result.warnings.length : result.problems.map((p) => p.message).slice(0, 3)).toBe(n);
  }, 120_000);
});
