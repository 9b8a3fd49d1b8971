// One fault, one problem: a fault in one place must not show up again as misleading problems
// elsewhere, and faults that stand on their own are all reported together.
import { describe, expect, it } from "vitest";

import { loadDataset } from "../../src/model";
import { errorsOf, fixtureTexts, loadFixture, validDataset } from "./fixture";

const texts = fixtureTexts("valid");
const load = (data: unknown) => loadDataset(data, texts);

describe("problems do not cascade", () => {
  it("an edge to a node rejected by the schema is not reported as missing its endpoint", () => {
    const result = loadFixture("broken/node-rejected-with-edges.json");
    expect(errorsOf(result).map((p) => p.where)).toEqual(['node "hague-conference-2011"']);
    expect(JSON.stringify(result)).not.toContain("is not a node");
  });

  it("an edge to a node with a bad date is checked as usual and says nothing about the date", () => {
    const data = validDataset();
    data.nodes.find((n) => n.key === "hague-conference-2011")!.attributes.start = "2011-02-30";
    const errors = errorsOf(load(data));
    expect(errors.map((p) => [p.where, p.field])).toEqual([['node "hague-conference-2011"', "start"]]);
  });

  it("a source with no text is one problem, not one per citation of it", () => {
    const result = loadDataset(validDataset(), { seed: texts.seed });
    expect(errorsOf(result).map((p) => [p.where, p.field, p.message])).toEqual([
      ["graph", "attributes.sources[1]", expect.stringContaining('source "minutes" has no text file')],
    ]);
  });

  it("a source whose text is blank is one problem too", () => {
    const errors = errorsOf(loadDataset(validDataset(), { ...texts, minutes: " \n" }));
    expect(errors.map((p) => p.message)).toEqual(['the text of source "minutes" is empty']);
  });

  it("an edge joining the wrong kinds is not also checked as a lineage step", () => {
    const data = validDataset();
    data.edges.push({
      source: "rome-memorandum",
      target: "hague-conference-2011",
      attributes: { relation: "derived-from", sources: [{ source: "seed", quote: "Rome Memorandum" }] },
    });
    expect(errorsOf(load(data)).map((p) => p.message)).toEqual([
      '"derived-from" joins document to document, not document to event',
    ]);
  });

  it("a self-loop to a missing node names the node once", () => {
    const data = validDataset();
    data.edges.push({
      source: "nowhere",
      target: "nowhere",
      attributes: { relation: "member-of", sources: [{ source: "seed", quote: "ICCT" }] },
    });
    expect(errorsOf(load(data)).map((p) => p.message)).toEqual([
      'endpoint "nowhere" is not a node of the graph',
      "an edge may not join a node to itself",
    ]);
  });
});

describe("independent faults are all reported", () => {
  it("an edge with an unknown relation still has its endpoints, date and quotes checked", () => {
    const data = validDataset();
    data.edges.push({
      source: "icct",
      target: "lucca-meeting",
      attributes: { relation: "funded", start: "2011-13", sources: [{ source: "seed", quote: "ICCT funded it" }] },
    });
    const errors = errorsOf(load(data));
    expect(new Set(errors.map((p) => p.where))).toEqual(new Set(['edge "icct" -> "lucca-meeting" (funded)']));
    expect(errors.map((p) => p.field).sort()).toEqual(["relation", "sources[0].quote", "start", "target"]);
  });

  it("names the first of two nodes with the same key by its index in the data, even if the first was rejected", () => {
    const data = validDataset();
    const first = data.nodes.findIndex((n) => n.key === "gctf");
    data.nodes[first].attributes.label = "";
    data.nodes.push({ key: "gctf", attributes: { ...data.nodes[first].attributes, label: "GCTF" } });
    const errors = errorsOf(load(data));
    expect(errors.map((p) => [p.where, p.field, p.message])).toEqual([
      ['node "gctf"', "label", "must not be empty"],
      ['node "gctf"', "key", `duplicate node key (also nodes[${first}])`],
    ]);
  });

  it("names a node or edge without a usable key by its index", () => {
    const data = validDataset() as { nodes: unknown[]; edges: unknown[] };
    data.nodes.push({ attributes: { kind: "theme", label: "X", sources: [] } }, 42);
    data.edges.push(null);
    const errors = errorsOf(load(data));
    expect(errors.map((p) => [p.where, p.field, p.message])).toEqual([
      ["nodes[8]", "key", "is required"],
      ["nodes[8]", "sources", "needs at least one citation"],
      ["nodes[9]", undefined, "a node must be an object with a key and attributes"],
      ["edges[7]", undefined, "an edge must be an object with a source, a target and attributes"],
    ]);
  });
});

describe("warnings", () => {
  it("a listed source that nothing cites is a warning, and the graph loads", () => {
    const data = validDataset();
    data.attributes.sources.push({ id: "spare", title: "Listed, never cited" });
    const result = loadDataset(data, { ...texts, spare: "Some text." });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => [w.where, w.field, w.severity, w.message])).toEqual([
      ["graph", "attributes.sources[2]", "warning", 'source "spare" is listed but no node or edge cites it'],
    ]);
  });

  it("an attribute the contract does not define is one warning per name, naming where it first appears", () => {
    const data = validDataset();
    data.nodes[0].attributes.descripton = "typo";
    data.nodes[2].attributes.xpos = 1;
    data.nodes[3].attributes.xpos = 2;
    data.edges[1].attributes.strength = 3;
    // x and weight are the contract's own (the file's drawing, docs/data-contract.md): kept, no warning.
    data.nodes[4].attributes.x = 5;
    data.edges[2].attributes.weight = 2;
    const result = load(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.where, w.field, w.message])).toEqual([
      ['node "icct"', "descripton", 'attribute "descripton" is not in the data contract and is ignored'],
      ['node "gctf"', "xpos", 'attribute "xpos" is not in the data contract and is ignored (on 2 nodes)'],
      [
        'edge "unicri" -> "hague-conference-2011" (hosted)',
        "strength",
        'attribute "strength" is not in the data contract and is ignored',
      ],
    ]);
    expect(result.graph.getNodeAttributes("icct")).not.toHaveProperty("descripton");
    expect(result.graph.getNodeAttribute(data.nodes[4].key, "x")).toBe(5);
    expect(result.graph.getEdgeAttributes(result.graph.edges()[2]!)).toMatchObject({ weight: 2 });
  });
});

describe("a dataset whose graph attributes are wrong", () => {
  it("still has its nodes and edges checked, so one run shows every problem", () => {
    const data = validDataset();
    delete data.attributes.title;
    data.nodes[0].attributes.kind = "institution";
    data.nodes[1].attributes.sources = [{ source: "seed", quote: "not in the text" }];
    const result = load(data);
    expect(result.ok ? [] : result.problems.map((p) => [p.where, p.field])).toEqual([
      ["graph", "attributes.title"],
      ['node "icct"', "kind"],
      ['node "unicri"', "sources[0].quote"],
    ]);
  });

  it("skips citation checks when the sources list itself is unusable, rather than call every source unknown", () => {
    const data = validDataset();
    (data.attributes as Record<string, unknown>).sources = "seed, minutes";
    data.nodes[0].attributes.start = "2011-02-30";
    const result = load(data);
    expect(result.ok ? [] : result.problems.map((p) => [p.where, p.field, p.message])).toEqual([
      ["graph", "attributes.sources", "must be a list"],
      ['node "icct"', "start", expect.stringContaining('"2011-02-30" is not an ISO date')],
    ]);
  });

  it("an edge kept out for a duplicate key still makes a later edge with its ends and relation a duplicate", () => {
    const data = validDataset();
    const [kept, moved] = data.edges.splice(0, 2);
    const keyOf = (e: typeof kept) => e.key ?? `${e.source}--${String(e.attributes.relation)}--${e.target}`;
    data.edges.unshift(kept);
    data.edges.push({ ...moved, key: keyOf(kept) }, { ...moved, key: "a-fresh-key" });
    expect(errorsOf(load(data)).map((p) => p.message)).toEqual([
      `duplicate edge key "${keyOf(kept)}"`,
      `duplicate edge: "${moved.source}" already has a "${String(moved.attributes.relation)}" edge to "${moved.target}"`,
    ]);
  });

  it("stops at the top when nodes or edges are not lists", () => {
    const data = validDataset() as Record<string, unknown>;
    data.nodes = {};
    delete (data.attributes as Record<string, unknown>).id;
    const result = load(data);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(["attributes.id", "nodes"]);
  });
});
