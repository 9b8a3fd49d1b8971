import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { importFile } from "../../src/io/import-file";
import type { ImportResult } from "../../src/io/types";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/io/${name}`, import.meta.url)), "utf8");

function problems(result: ImportResult) {
  if (result.ok) throw new Error("expected the import to fail");
  return result.problems;
}

describe("broken input: every problem with its place, never a throw", () => {
  test("malformed JSON names line and column", () => {
    const text = '{\n  "nodes": [\n    { "key": "a" },,\n  ]\n}';
    expect(problems(importFile("bad.json", text))).toEqual([
      {
        file: "bad.json",
        where: "line 3, column 20",
        severity: "error",
        message: 'not valid JSON: unexpected ",", expected a value',
      },
    ]);
    expect(problems(importFile("cut.json", '{"nodes": [\n  {"key": "a"'))[0]).toMatchObject({
      where: "line 2, column 14",
      message: 'not valid JSON: unexpected end of file, expected "," or "}"',
    });
    expect(problems(importFile("q.json", "{'nodes': []}"))[0]).toMatchObject({
      where: "line 1, column 2",
      message: expect.stringContaining("a property name in double quotes"),
    });
  });

  test("a GEXF file with dangling edges names each edge and the missing node", () => {
    expect(problems(importFile("dangling.gexf", fixture("dangling.gexf")))).toEqual([
      {
        file: "dangling.gexf",
        where: 'edge "e2" "a" -> "ghost"',
        field: "target",
        severity: "error",
        message: 'endpoint "ghost" is not a node of the graph',
      },
      {
        file: "dangling.gexf",
        where: 'edge "e3" "nobody" -> "b"',
        field: "source",
        severity: "error",
        message: 'endpoint "nobody" is not a node of the graph',
      },
    ]);
  });

  test("XML that is not well-formed names line and column", () => {
    const text = '<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes><node id="a"></nodes>\n  </graph>\n</gexf>';
    expect(problems(importFile("bad.gexf", text))).toEqual([
      expect.objectContaining({
        where: expect.stringMatching(/^line 4, column \d+$/),
        message: expect.stringContaining('"node" != "nodes"'),
      }),
    ]);
  });

  test("XML that is not GEXF, a GEXF without a graph, repeated node ids", () => {
    expect(problems(importFile("drawing.svg", "<svg></svg>"))[0]?.message).toBe(
      "not a GEXF file: the root element is <svg>, not <gexf>",
    );
    expect(problems(importFile("empty.gexf", "<gexf></gexf>"))[0]?.message).toBe(
      "the GEXF file has no <graph> element",
    );
    const twice = '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>';
    expect(problems(importFile("twice.gexf", twice))).toEqual([
      expect.objectContaining({ where: 'node "a"', field: "id", message: "duplicate node id" }),
    ]);
  });

  test("unknown formats say which formats are read", () => {
    const [p] = problems(importFile("notes.txt", "hello"));
    expect(p).toMatchObject({ file: "notes.txt", where: "file" });
    expect(p?.message).toMatch(/^not a format the explorer reads; .*GEXF/);
    expect(problems(importFile("nodes.csv", "key\r\na\r\n"))[0]?.message).toMatch(/two files/);
    expect(problems(importFile("list.json", "[1, 2]"))[0]?.message).toMatch(/no list of nodes/);
  });

  test("a data-contract JSON that breaks the contract gets the loader's problems with their places", () => {
    const json = JSON.parse(fixture("tricky.json"));
    json.nodes[1].attributes.kind = "meeting";
    json.edges.push({
      source: "memo",
      target: "ghost",
      attributes: { relation: "builds-on", sources: json.edges[0].attributes.sources },
    });
    const list = problems(importFile("tricky.json", JSON.stringify(json)));
    expect(list).toContainEqual(
      expect.objectContaining({ file: "tricky.json", where: 'node "meeting"', field: "kind" }),
    );
    expect(list).toContainEqual(
      expect.objectContaining({ field: "target", message: 'endpoint "ghost" is not a node of the graph' }),
    );
  });

  test("whatever the text, importFile returns a result and never throws", () => {
    const names = fc.constantFrom("x.json", "x.gexf", "x.csv", "x", "x.txt");
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.string().map((s) => `<gexf><graph>${s}</graph></gexf>`),
      fc.jsonValue().map((v) => JSON.stringify({ nodes: [v], edges: [v] })),
    );
    fc.assert(
      fc.property(names, texts, (name, text) => {
        const result = importFile(name, text);
        if (!result.ok) for (const p of result.problems) expect(p.where && p.message).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});

describe("files that are not in the data contract", () => {
  test("a Gephi GEXF: attributes that name a kind are mapped, the rest fall back to the generic kind", () => {
    const result = importFile("gephi-like.gexf", fixture("gephi-like.gexf"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { graph } = result;
    expect(result.format).toBe("gexf");
    expect(graph.getNodeAttributes("n0")).toMatchObject({ kind: "organisation", label: "Hedayah", sources: [] });
    // The file's own drawing is kept as the contract's x, y, size and color; the rest in extra.
    expect(graph.getNodeAttributes("n0")).toMatchObject({
      x: 10.5,
      y: -3,
      size: 12,
      color: "rgb(0,114,178)",
      extra: { founded: 2012 },
    });
    expect(graph.getNodeAttribute("n1", "kind")).toBe("event");
    expect(graph.getNodeAttributes("n2")).toMatchObject({ kind: "other", extra: { Type: "Widget" } });
    expect(graph.getEdgeAttributes("0")).toMatchObject({ relation: "hosted" });
    expect(graph.getEdgeAttributes("1")).toMatchObject({
      relation: "related-to",
      label: "supports",
      weight: 2.5,
    });
    expect(result.generic).toEqual({ nodes: 1, edges: 1 });
    expect(graph.getAttributes()).toMatchObject({ title: "gephi-like", description: "A network someone drew by hand" });
    expect(result.warnings.map((w) => w.message)).toContain(
      '1 of 3 nodes name no kind the explorer knows; shown as "other"',
    );
  });

  test("a plain graphology export: labels from label or name, numeric keys, self-loops left out with a warning", () => {
    const text = JSON.stringify({
      attributes: { name: "Mine" },
      options: { type: "mixed" },
      nodes: [
        { key: 1, attributes: { name: "Alice", category: "People" } },
        { key: "two", attributes: { label: "Counter-terrorism", type: "topic", score: 0.5 } },
        { key: "3" },
      ],
      edges: [
        { source: 1, target: "two", attributes: { relation: "works-on" } },
        { key: "x", source: "two", target: "3", undirected: true, attributes: { type: "cites" } },
        { source: "3", target: "3" },
      ],
    });
    const result = importFile("mine.json", text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { graph } = result;
    expect(result.format).toBe("graphology-json");
    expect(graph.getNodeAttributes("1")).toMatchObject({ kind: "person", label: "Alice" });
    expect(graph.getNodeAttributes("two")).toMatchObject({
      kind: "theme",
      label: "Counter-terrorism",
      extra: { score: 0.5 },
    });
    expect(graph.getNodeAttributes("3")).toMatchObject({ kind: "other", label: "3" });
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes(graph.edges("1", "two")[0]!)).toMatchObject({ relation: "works-on" });
    expect(graph.getEdgeAttributes("x")).toMatchObject({ relation: "related-to", label: "cites" });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ message: "left out: an edge may not join a node to itself" }),
    );
    expect(result.warnings.map((w) => w.message)).toContain(
      "1 undirected edges read as pointing from source to target",
    );
  });

  test("a relation whose kinds do not fit falls back to the generic relation, keeping its name", () => {
    const text = JSON.stringify({
      nodes: [
        { key: "a", attributes: { kind: "theme" } },
        { key: "b", attributes: { kind: "theme" } },
      ],
      edges: [{ source: "a", target: "b", attributes: { relation: "hosted" } }],
    });
    // Nodes with a kind make it look like the data contract, whose rules then apply in full.
    expect(importFile("t.json", text).ok).toBe(false);
    const gexf = `<gexf><graph defaultedgetype="directed"><attributes class="node"><attribute id="k" title="kind"/></attributes>
      <nodes><node id="a"><attvalues><attvalue for="k" value="theme"/></attvalues></node><node id="b"><attvalues><attvalue for="k" value="theme"/></attvalues></node></nodes>
      <edges><edge source="a" target="b" label="hosted"/></edges></graph></gexf>`;
    const result = importFile("t.gexf", gexf);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.graph.getEdgeAttributes(result.graph.edges()[0]!)).toMatchObject({
      relation: "related-to",
      label: "hosted",
    });
  });
});

describe("the streaming GEXF reader", () => {
  test("declared types, defaults, hex and rgba colours, undirected edges, any attribute name", () => {
    const gexf = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph>
  <attributes class="node">
    <attribute id="0" title="score" type="double"/>
    <attribute id="1" title="active" type="boolean"><default>true</default></attribute>
    <attribute id="2" title="__proto__" type="string"/>
  </attributes>
  <nodes>
    <node id="a" label="A"><attvalues><attvalue for="0" value="0.25"/><attvalue for="2" value="p"/></attvalues><viz:color hex="#ff8800"/></node>
    <node id="b" label="B"><attvalues><attvalue for="1" value="false"/></attvalues><viz:color r="1" g="2" b="3" a="0.5"/></node>
  </nodes>
  <edges><edge source="a" target="b" weight="3"/></edges>
</graph></gexf>`;
    const result = importFile("typed.gexf", gexf);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { graph } = result;
    expect(graph.getNodeAttributes("a")).toMatchObject({ color: "#ff8800", extra: { score: 0.25, active: true } });
    expect(Object.hasOwn(graph.getNodeAttribute("a", "extra")!, "__proto__")).toBe(true);
    expect(graph.getNodeAttributes("b")).toMatchObject({ color: "rgba(1,2,3,0.5)", extra: { active: false } });
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toMatchObject({ weight: 3 });
    // No defaultedgetype: GEXF's default is undirected.
    expect(result.warnings.map((w) => w.message)).toContain(
      "1 undirected edges read as pointing from source to target",
    );
  });

  test("an undefined entity and an unclosed element are located", () => {
    expect(
      problems(importFile("e.gexf", '<gexf><graph><nodes><node id="a" label="&nbsp;"/></nodes></graph></gexf>'))[0],
    ).toMatchObject({
      where: expect.stringMatching(/^line 1, column \d+$/),
      message: "not well-formed XML: undefined entity",
    });
    expect(problems(importFile("u.gexf", "<gexf><graph>"))[0]?.message).toMatch(/^not well-formed XML: unclosed tag/);
  });
});
