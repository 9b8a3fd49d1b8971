// The data graph is never written to (ARCHITECTURE.md): a loaded graph refuses every change, and
// its data stays as loaded. A copy is the way to a writable graph.
import { describe, expect, it } from "vitest";

import { isReadOnly, loadDataset, type DataGraph } from "../../src/model";
import { fixtureTexts, loadFixture, validDataset } from "./fixture";

function loaded(): DataGraph {
  const result = loadFixture("valid/dataset.json");
  if (!result.ok) throw new Error("the valid fixture must load");
  return result.graph;
}

describe("a loaded graph is read-only", () => {
  it.each<[string, (g: DataGraph) => unknown]>([
    ["setNodeAttribute", (g) => g.setNodeAttribute("icct", "label", "Changed")],
    ["updateNodeAttribute", (g) => g.updateNodeAttribute("icct", "label", () => "Changed")],
    [
      "replaceNodeAttributes",
      (g) => g.replaceNodeAttributes("icct", { ...g.getNodeAttributes("icct"), label: "Changed" }),
    ],
    ["mergeNodeAttributes", (g) => g.mergeNodeAttributes("icct", { label: "Changed" })],
    ["updateEachNodeAttributes", (g) => g.updateEachNodeAttributes((_, a) => ({ ...a, label: "Changed" }))],
    ["removeNodeAttribute", (g) => g.removeNodeAttribute("icct", "description")],
  ])("%s throws and the label stays", (_, change) => {
    const graph = loaded();
    expect(() => change(graph)).toThrow(/read-only/);
    expect(graph.getNodeAttribute("icct", "label")).toBe("ICCT");
  });

  it("refuses structural changes and keeps its nodes and edges", () => {
    const graph = loaded();
    const before = JSON.stringify(graph.export());
    expect(() => graph.addNode("new-node", { kind: "theme", label: "New", sources: [] })).toThrow(/read-only/);
    expect(() => graph.dropNode("icct")).toThrow(/read-only/);
    expect(() => graph.dropEdge("icct--prepared--good-practices-document")).toThrow(/read-only/);
    expect(() => graph.addEdge("icct", "gctf", { relation: "member-of", sources: [] })).toThrow(/read-only/);
    expect(() => graph.clear()).toThrow(/read-only/);
    expect(() => graph.import({ nodes: [{ key: "x" }] })).toThrow(/read-only/);
    expect(() => graph.setAttribute("title", "Changed")).toThrow(/read-only/);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("hands out frozen attribute objects, so writing through them fails too", () => {
    const graph = loaded();
    const attrs = graph.getNodeAttributes("rome-memorandum") as unknown as {
      label: string;
      sources: { quote: string }[];
    };
    expect(() => (attrs.label = "Changed")).toThrow(TypeError);
    expect(() => (attrs.sources[0].quote = "Changed")).toThrow(TypeError);
    expect(() => (graph.getAttributes().sources as unknown[]).push({})).toThrow(TypeError);
    expect(graph.getNodeAttribute("rome-memorandum", "label")).toBe("Rome Memorandum");
  });

  it("freezes every object inside every node's and edge's attributes (citations, aliases, extra)", () => {
    const data = validDataset();
    Object.assign(data.nodes[0].attributes, { aliases: ["International Centre"], extra: { column: 1 } });
    Object.assign(data.edges[0].attributes, { extra: { weight: 2 } });
    // An unknown attribute sends the item through the schema instead of the fast path: both are frozen.
    Object.assign(data.nodes[1].attributes, { colour: "red", aliases: ["U"] });
    const result = loadDataset(data, fixtureTexts("valid"));
    if (!result.ok) throw new Error("the changed fixture must load");
    const unfrozen: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (value === null || typeof value !== "object") return;
      if (!Object.isFrozen(value)) unfrozen.push(at);
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    };
    result.graph.forEachNode((key, attrs) => walk(attrs, key));
    result.graph.forEachEdge((key, attrs) => walk(attrs, key));
    walk(result.graph.getAttributes(), "graph");
    expect(unfrozen).toEqual([]);
    expect(result.graph.getNodeAttribute(data.nodes[0].key, "aliases")).toEqual(["International Centre"]);
  });

  it("still lets readers listen and traverse, and copy() gives a graph that can be written", () => {
    const graph = loaded();
    const listener = () => {};
    graph.on("nodeAdded", listener);
    graph.removeListener("nodeAdded", listener);
    expect(graph.outNeighbors("icct").sort()).toEqual([
      "abu-dhabi-plenary-2013",
      "good-practices-document",
      "hague-conference-2011",
    ]);
    const copy = graph.copy();
    expect(isReadOnly(graph)).toBe(true);
    expect(isReadOnly(copy)).toBe(false);
    copy.setNodeAttribute("icct", "label", "Copy");
    copy.addNode("new-node", { kind: "theme", label: "New", sources: [] });
    expect(copy.getNodeAttribute("icct", "label")).toBe("Copy");
    expect(graph.getNodeAttribute("icct", "label")).toBe("ICCT");
    expect(graph.hasNode("new-node")).toBe(false);
  });
});
