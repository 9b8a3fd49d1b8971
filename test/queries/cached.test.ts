import { describe, expect, it } from "vitest";

import {
  cachedConnections,
  cachedFootprint,
  cachedLineage,
  cachedSearchIndex,
  cachedTimeLayout,
} from "../../src/queries/cached";
import { visibleNodes } from "../../src/queries/filters";
import { footprint } from "../../src/queries/footprint";
import { lineage } from "../../src/queries/lineage";
import { connections } from "../../src/queries/paths";
import { buildSearchIndex, searchNodes } from "../../src/queries/search";
import { makeGraph, type NodeSpec, storyGraph } from "../fixtures/graphs";

const NO_FILTERS = { orgs: [], kinds: null, themes: [], from: null, to: null, undated: true };

describe("shared answers", () => {
  const graph = storyGraph();

  it("gives the panel and the canvas the same lineage object, equal to a fresh one", () => {
    expect(cachedLineage(graph, "draft")).toBe(cachedLineage(graph, "draft"));
    expect(cachedLineage(graph, "draft")).toEqual(lineage(graph, "draft"));
  });

  it("builds one search index per graph, answering as a fresh one does", () => {
    const index = cachedSearchIndex(graph);
    expect(cachedSearchIndex(graph)).toBe(index);
    const hits = searchNodes(index, "rome", 5);
    expect(hits.map((h) => h.key)).toContain("memo");
    expect(hits).toEqual(searchNodes(buildSearchIndex(graph), "rome", 5));
    expect(cachedSearchIndex(storyGraph())).not.toBe(index);
  });

  it("keys connections by their ends, options and filters", () => {
    const options = { k: 3, timely: false, filters: NO_FILTERS };
    const a = cachedConnections(graph, "researcher", "memo", options);
    expect(cachedConnections(graph, "researcher", "memo", { ...options, filters: { ...NO_FILTERS } })).toBe(a);
    expect(a).toEqual(connections(graph, "researcher", "memo", options));
    const filtered = cachedConnections(graph, "researcher", "memo", {
      ...options,
      filters: { ...NO_FILTERS, kinds: ["person", "document"] },
    });
    expect(filtered).not.toBe(a);
    expect(filtered.noPath?.reason).toBe("filtered");
  });

  it("keeps one time layout per set of lanes", () => {
    expect(cachedTimeLayout(graph, [])).toBe(cachedTimeLayout(graph, []));
    expect(cachedTimeLayout(graph, ["forum"]).lanes.map((l) => l.key)).toEqual(["forum", "other"]);
  });
});

describe("shared footprints", () => {
  it("gives the same set for the same organisations, in any order, equal to a fresh footprint", () => {
    const graph = storyGraph();
    const both = cachedFootprint(graph, ["centre", "forum"]);
    expect(cachedFootprint(graph, ["forum", "centre"])).toBe(both);
    expect(cachedFootprint(graph, ["forum", "centre", "forum"])).toBe(both);
    expect(both).toEqual(footprint(graph, ["centre", "forum"]));
    expect(cachedFootprint(graph, ["centre"])).not.toBe(both);
    expect(cachedFootprint(graph, ["centre"])).toEqual(footprint(graph, ["centre"]));
  });

  it("answers each graph instance for itself: another graph with the same keys gets its own footprint", () => {
    const first = storyGraph();
    const before = cachedFootprint(first, ["centre"]);
    const second = storyGraph();
    second.addNode("workshop", { kind: "event", label: "Workshop", sources: [] });
    second.addDirectedEdgeWithKey("centre-workshop", "centre", "workshop", { relation: "hosted", sources: [] });
    const after = cachedFootprint(second, ["centre"]);
    expect(after).not.toBe(before);
    expect(after.has("workshop")).toBe(true);
    expect(before.has("workshop")).toBe(false);
    expect(cachedFootprint(first, ["centre"])).toBe(before);
  });

  it("is what the filters read: a kind filter on top of an organisation reuses its footprint", () => {
    const graph = storyGraph();
    const base = { orgs: ["centre"], kinds: null, themes: [], from: null, to: null, undated: true };
    const shared = cachedFootprint(graph, ["centre"]);
    expect([...visibleNodes(graph, base)!].sort()).toEqual([...shared].sort());
    // Loaded graphs never change; this one does, only to show the filters took the kept answer.
    graph.addNode("late", { kind: "document", label: "Late", sources: [] });
    graph.addDirectedEdgeWithKey("centre-late", "centre", "late", { relation: "prepared", sources: [] });
    expect([...visibleNodes(graph, { ...base, kinds: ["document"] })!]).toEqual(["draft"]);
    expect(footprint(graph, ["centre"]).has("late")).toBe(true);
  });

  it("keeps the 16 sets used last: the oldest unused one is computed again", () => {
    const nodes: Record<string, NodeSpec> = {};
    for (let i = 0; i < 18; i += 1) nodes[`org${i}`] = { kind: "organisation" };
    const graph = makeGraph(nodes);
    const first = cachedFootprint(graph, ["org0"]);
    const second = cachedFootprint(graph, ["org1"]);
    for (let i = 2; i < 16; i += 1) cachedFootprint(graph, [`org${i}`]);
    expect(cachedFootprint(graph, ["org0"])).toBe(first); // a use: org0 is now the most recent
    cachedFootprint(graph, ["org16"]);
    expect(cachedFootprint(graph, ["org0"])).toBe(first);
    const again = cachedFootprint(graph, ["org1"]);
    expect(again).not.toBe(second);
    expect(again).toEqual(second);
  });

  it("still refuses an unknown organisation, every time", () => {
    const graph = storyGraph();
    expect(() => cachedFootprint(graph, ["nobody"])).toThrow('footprint: unknown organisation "nobody"');
    expect(() => cachedFootprint(graph, ["nobody"])).toThrow('footprint: unknown organisation "nobody"');
  });
});
