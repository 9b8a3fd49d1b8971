import { describe, expect, it } from "vitest";

import { connections } from "../../src/queries/paths";
import { lineage } from "../../src/queries/lineage";
import { FADED_COLOR, KIND_STYLE } from "../../src/state/appearance";
import { canvasDate, lineageChain, pathChain, type Chain } from "../../src/view/chain";
import { buildDisplayGraph, type DisplayEdge, type DisplayNode } from "../../src/view/display-graph";
import { computeEmphasis, FADED_EDGE_COLOR, reduceEdge, reduceNode, type EmphasisInput } from "../../src/view/reducers";
import { storyGraph } from "../fixtures/graphs";

const data = storyGraph();
const display = buildDisplayGraph(data);
const NONE: EmphasisInput = { selected: null, hovered: null, visible: null, fade: true };

function node(key: string, input: Partial<EmphasisInput>) {
  const attrs = Object.freeze({ ...display.getNodeAttributes(key) }) as DisplayNode;
  return reduceNode(attrs, key, computeEmphasis(display, { ...NONE, ...input }));
}

function edge(key: string, input: Partial<EmphasisInput>) {
  const attrs = Object.freeze({ ...display.getEdgeAttributes(key) }) as DisplayEdge;
  const [source, target] = display.extremities(key);
  return reduceEdge(attrs, key, computeEmphasis(display, { ...NONE, ...input }), source, target);
}

describe("lineage chain", () => {
  const chain = lineageChain(lineage(data, "draft"));

  it("holds the lineage's documents and lineage links, with the events they went through as context", () => {
    expect([...chain.nodes].sort()).toEqual(["draft", "guidance", "memo", "toolkit"]);
    expect([...chain.edges].sort()).toEqual([
      "guidance--implements--memo",
      "memo--derived-from--draft",
      "toolkit--builds-on--memo",
    ]);
    expect([...chain.context].sort()).toEqual(["conference", "plenary"]);
    expect(chain.contextEdges.has("memo--adopted-at--plenary")).toBe(true);
  });

  it("makes the chain stand out on the canvas: full labels, bigger nodes, thicker lineage links; the rest fades", () => {
    const memo = node("memo", { chain });
    // Named with its date, so the reader can place each step in time.
    const memoDate = canvasDate(data.getNodeAttribute("memo", "start")!);
    expect(memo).toMatchObject({
      label: `Rome Memorandum · ${memoDate}`,
      forceLabel: true,
      color: KIND_STYLE.document.color,
    });
    expect(memo.size).toBeGreaterThan(display.getNodeAttribute("memo", "size"));
    expect(node("plenary", { chain }).color).toBe(KIND_STYLE.event.color);
    // The traced document's label is placed before the others'.
    expect(node("draft", { chain }).labelFirst).toBe(true);
    expect(node("researcher", { chain })).toMatchObject({ color: FADED_COLOR, label: "" });
    const link = edge("memo--derived-from--draft", { chain });
    expect(link.size).toBeGreaterThan(display.getEdgeAttribute("memo--derived-from--draft", "size"));
    expect(link.forceLabel).toBe(true);
    expect(edge("researcher--spoke-at--conference", { chain }).color).toBe(FADED_EDGE_COLOR);
  });

  it("laid out on its own, hides what is not part of it and names its events, left of them", () => {
    expect(node("researcher", { chain, chainLaidOut: true }).hidden).toBe(true);
    expect(edge("researcher--spoke-at--conference", { chain, chainLaidOut: true }).hidden).toBe(true);
    expect(node("plenary", { chain, chainLaidOut: true })).toMatchObject({ forceLabel: true, labelPlace: "left" });
    expect(node("memo", { chain, chainLaidOut: true }).hidden).toBeUndefined();
    expect(edge("memo--adopted-at--plenary", { chain, chainLaidOut: true }).hidden).toBeUndefined();
    // An undated document says so.
    expect(chain.captions.get("toolkit")).toBe("undated");
  });

  it("lets the chain, not the selection's neighbourhood, decide what fades; hover still brings a node forward", () => {
    // Selected alone, the memorandum's neighbourhood would keep the plenary and fade the guidance.
    expect(node("guidance", { chain, selected: "memo" }).color).toBe(KIND_STYLE.document.color);
    expect(node("researcher", { chain, hovered: "researcher" }).highlighted).toBe(true);
  });
});

describe("path chain", () => {
  it("stresses the shortest path, keeps alternatives as context, and marks only the ends when there is none", () => {
    const found = connections(data, "researcher", "memo", { k: 3 });
    const chain: Chain = pathChain(found);
    expect([...chain.nodes]).toEqual(found.paths[0]!.nodes);
    expect(chain.edges.size).toBe(found.paths[0]!.hops.length);
    for (const key of chain.context) expect(chain.nodes.has(key)).toBe(false);
    const none = pathChain(connections(data, "researcher", "loner"));
    expect([...none.nodes]).toEqual(["researcher", "loner"]);
    expect([...chain.ends]).toEqual(["researcher", "memo"]);
    expect(none.edges.size).toBe(0);
  });
});

describe("edges in the time layout", () => {
  it("draws only lineage links at rest, and the relations of the focus or of an open chain", () => {
    expect(edge("researcher--spoke-at--conference", { quietEdges: true }).hidden).toBe(true);
    expect(edge("memo--derived-from--draft", { quietEdges: true }).hidden).toBeUndefined();
    expect(
      edge("researcher--spoke-at--conference", { quietEdges: true, hovered: "researcher" }).hidden,
    ).toBeUndefined();
    const chain = lineageChain(lineage(data, "draft"));
    expect(edge("memo--adopted-at--plenary", { quietEdges: true, chain }).hidden).toBeUndefined();
  });
});

describe("time player on the canvas", () => {
  it("hides nodes not reached yet, and every edge that touches them", () => {
    const unrevealed = new Set(["memo"]);
    expect(node("memo", { unrevealed }).hidden).toBe(true);
    expect(node("draft", { unrevealed }).hidden).toBeUndefined();
    expect(edge("memo--derived-from--draft", { unrevealed }).hidden).toBe(true);
    expect(edge("centre--prepared--draft", { unrevealed }).hidden).toBeUndefined();
  });
});
