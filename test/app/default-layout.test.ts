// The bundled dataset's force layout is computed when the site is built (vite.config.ts runs
// src/cli/default-layout.ts) and looked up by the page instead of run. It must be the layout the
// canvas would have computed itself, for the graph the page loads, and nothing else's.
import { describe, expect, it } from "vitest";

import { loadDefaultDataset } from "../../src/app/loading/load-default";
import { type DataGraph, makeReadOnly } from "../../src/model";
import { knownLayout } from "../../src/queries/known-layouts";
import { forceLayout, layoutFromInput, layoutInput } from "../../src/queries/layout";
import { buildDisplayGraph, displayLayoutOptions } from "../../src/view/display-graph";

function defaultGraph(): DataGraph {
  const { result } = loadDefaultDataset();
  if (!result.ok) throw new Error("the default dataset does not load");
  return result.graph;
}

describe("the default dataset's layout, computed at build time", () => {
  it("is found for the graph the page loads, and is what the layout would compute", () => {
    const graph = defaultGraph();
    const input = layoutInput(graph, displayLayoutOptions(graph));
    const known = knownLayout(input);
    expect(known?.size).toBe(graph.order);
    expect(known).toEqual(layoutFromInput(input));
    const display = buildDisplayGraph(graph);
    expect(display.getNodeAttributes("rome-memorandum")).toMatchObject(known!.get("rome-memorandum")!);
  });

  it("is not used for another graph or other options", () => {
    const graph = defaultGraph();
    const copy = graph.copy();
    copy.dropNode("rome-memorandum");
    const smaller = makeReadOnly(copy) as DataGraph;
    expect(knownLayout(layoutInput(smaller, displayLayoutOptions(smaller)))).toBeUndefined();
    expect(knownLayout(layoutInput(graph, { ...displayLayoutOptions(graph), seed: 2 }))).toBeUndefined();
    expect(forceLayout(smaller, displayLayoutOptions(smaller)).has("rome-memorandum")).toBe(false);
  });
});
