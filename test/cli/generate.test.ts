// The benchmark's synthetic datasets must be reproducible and must be datasets the app accepts,
// shaped like real ones, or the benchmark measures something no user will ever load.
import { describe, expect, it } from "vitest";

import { generateDataset } from "../../src/cli/bench/synthetic/generate";
import { isLineage, KINDS, loadDataset, type DataGraph } from "../../src/model";

const small = generateDataset(1000, 7);

function loaded(): DataGraph {
  const result = loadDataset(JSON.parse(JSON.stringify(small.json)), small.texts, { file: "synthetic-1k" });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
  return result.graph;
}

describe("generateDataset", () => {
  it("gives identical output for the same seed, and different output for another", () => {
    const again = generateDataset(1000, 7);
    expect(JSON.stringify(again.json)).toBe(JSON.stringify(small.json));
    expect(again.texts).toEqual(small.texts);
    expect(JSON.stringify(generateDataset(1000, 8).json)).not.toBe(JSON.stringify(small.json));
  });

  it("makes a 1k-node dataset that loadDataset accepts without errors or warnings", () => {
    const result = loadDataset(JSON.parse(JSON.stringify(small.json)), small.texts);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.graph.order).toBe(1000);
  });

  it("has about five edges a node", () => {
    for (const size of [1000, 10_000]) {
      const { json } = size === 1000 ? small : generateDataset(size, 3);
      expect(json.nodes.length).toBe(size);
      const perNode = json.edges.length / json.nodes.length;
      expect(perNode).toBeGreaterThan(4.5);
      expect(perNode).toBeLessThan(5.5);
    }
  });

  it("holds all five kinds, mostly dated events and documents, and markup the quotes must see through", () => {
    const graph = loaded();
    for (const kind of KINDS.filter((k) => k !== "other"))
      expect(graph.filterNodes((_, a) => a.kind === kind).length).toBeGreaterThan(10);
    for (const kind of ["event", "document"] as const) {
      const all = graph.filterNodes((_, a) => a.kind === kind);
      expect(all.filter((k) => graph.getNodeAttribute(k, "start")).length / all.length).toBeGreaterThan(0.9);
    }
    const markdown = Object.values(small.texts).join("\n");
    expect(markdown).toMatch(/\*\*\S+\*\*/);
    expect(markdown).toMatch(/\[[^\]]+\]\(https:/);
  });

  it("joins documents in lineage chains with branches, and gives organisations uneven footprints", () => {
    const graph = loaded();
    const lineageOut = (doc: string) =>
      graph.filterOutEdges(doc, (_, a) => isLineage(a.relation)).map((e) => graph.target(e));
    const depth = (doc: string): number => 1 + Math.max(0, ...lineageOut(doc).map(depth));
    const documents = graph.filterNodes((_, a) => a.kind === "document");
    expect(Math.max(...documents.map(depth))).toBeGreaterThanOrEqual(4);
    const branched = documents.filter((d) => graph.filterInEdges(d, (_, a) => isLineage(a.relation)).length >= 2);
    expect(branched.length).toBeGreaterThan(0);

    const hosted = graph
      .filterNodes((_, a) => a.kind === "organisation")
      .map((o) => graph.filterOutEdges(o, (_, a) => a.relation === "hosted").length)
      .sort((a, b) => b - a);
    expect(hosted[0]).toBeGreaterThan(5 * (hosted[Math.floor(hosted.length / 2)] ?? 0) + 5);
  });
});
