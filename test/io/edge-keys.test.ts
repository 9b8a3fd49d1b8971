// Edges a file gives no key get the data contract's default, so `edge=<key>` in a link still finds
// the relation when the same file is opened again.
import { type DataGraph } from "../../src/model";
import { describe, expect, test } from "vitest";

import { exportGexf } from "../../src/io/export-gexf";
import { importCsv } from "../../src/io/import-csv";
import { importFile } from "../../src/io/import-file";
import type { ImportResult } from "../../src/io/types";
import { loaded, TRICKY_DATASET } from "./helpers";

const described = (graph: DataGraph) =>
  graph.mapEdges((key, a, source, target) => `${key} = ${source} ${a.relation} ${target}`);

function edgeKeys(result: ImportResult): string[] {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return described(result.graph);
}

const node = (id: string) => `<node id="${id}" label="${id}"/>`;
// Two parallel a→b edges without id, one b→c without id, and an explicit id that is the default key
// of another edge (a→c), so a made-up key must not take it.
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <nodes>${["a", "b", "c"].map(node).join("")}</nodes>
  <edges>
    <edge source="a" target="b" label="supports"/>
    <edge source="a" target="b" label="funds"/>
    <edge id="b--related-to--c" source="a" target="c"/>
    <edge source="b" target="c"/>
    <edge id="kept" source="c" target="a"/>
  </edges>
</graph></gexf>`;

const JSON_GRAPH = JSON.stringify({
  nodes: [{ key: "a" }, { key: "b" }, { key: "c" }],
  edges: [
    { source: "a", target: "b" },
    { key: "a--related-to--b--2", source: "b", target: "c" },
    { source: "a", target: "b", attributes: { type: "cites" } },
    { source: "a", target: "b" },
    { key: "kept", source: "c", target: "a" },
  ],
});

describe("keyless imported edges", () => {
  test("GEXF: the same file opened twice gives the same keys, the contract's default with a suffix for parallel edges", () => {
    const first = edgeKeys(importFile("drawn.gexf", GEXF));
    expect(edgeKeys(importFile("drawn.gexf", GEXF))).toEqual(first);
    expect(first).toEqual([
      "a--related-to--b = a related-to b",
      "a--related-to--b--2 = a related-to b",
      "b--related-to--c = a related-to c",
      "b--related-to--c--2 = b related-to c",
      "kept = c related-to a",
    ]);
  });

  test("graphology JSON: explicit keys are kept, and a made-up key skips one the file gives", () => {
    const first = edgeKeys(importFile("mine.json", JSON_GRAPH));
    expect(edgeKeys(importFile("mine.json", JSON_GRAPH))).toEqual(first);
    expect(first).toEqual([
      "a--related-to--b = a related-to b",
      "a--related-to--b--2 = b related-to c",
      "a--related-to--b--3 = a related-to b",
      "a--related-to--b--4 = a related-to b",
      "kept = c related-to a",
    ]);
  });

  test("CSV: blank keys get the default from the edge's relation; the CSV's own keys stay", () => {
    const nodes = { name: "nodes.csv", text: "key,label,kind\nicct,ICCT,organisation\nhague,Hague meeting,event\n" };
    const edges = {
      name: "edges.csv",
      text: "key,source,target,relation\n,icct,hague,hosted\nmine,hague,icct,\n,icct,hague,hosted\n",
    };
    const first = edgeKeys(importCsv(nodes, edges));
    expect(edgeKeys(importCsv(nodes, edges))).toEqual(first);
    expect(first).toEqual([
      "icct--hosted--hague = icct hosted hague",
      "mine = hague related-to icct",
      "icct--hosted--hague--2 = icct hosted hague",
    ]);
  });

  test("our GEXF export with its edge ids taken out reads back with the contract's default keys", () => {
    const { graph, texts } = loaded(TRICKY_DATASET);
    const text = exportGexf(graph).text.replace(/(<edge\b[^>]*?) id="[^"]*"/g, "$1");
    expect(text).not.toMatch(/<edge\b[^>]* id=/);
    const back = importFile("export.gexf", text, texts);
    expect(edgeKeys(back)).toEqual(described(graph));
    expect(graph.edges()).toContain("memo--adopted-at--meeting");
  });
});
