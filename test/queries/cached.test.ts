import { describe, expect, it } from "vitest";

import { cachedConnections, cachedLineage, cachedTimeLayout } from "../../src/queries/cached";
import { lineage } from "../../src/queries/lineage";
import { connections } from "../../src/queries/paths";
import { storyGraph } from "../fixtures/graphs";

const NO_FILTERS = { orgs: [], kinds: null, themes: [], from: null, to: null, undated: true };

describe("shared answers", () => {
  const graph = storyGraph();

  it("gives the panel and the canvas the same lineage object, equal to a fresh one", () => {
    expect(cachedLineage(graph, "draft")).toBe(cachedLineage(graph, "draft"));
    expect(cachedLineage(graph, "draft")).toEqual(lineage(graph, "draft"));
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
