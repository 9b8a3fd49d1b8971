import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, test } from "vitest";

import { loadDataset } from "../../src/model";
import { parseCsv } from "../../src/io/csv";
import { exportCsv, NODE_COLUMNS } from "../../src/io/export-csv";
import { exportGexf } from "../../src/io/export-gexf";
import { exportJson } from "../../src/io/export-json";
import { DEFAULT_DATASET, loaded, plain, TRICKY_DATASET } from "./helpers";

const VIEW = new Set(["annex", "memo", "rehabilitation"]);

describe("JSON in the data contract", () => {
  test("the default dataset exported loads back into the same graph", () => {
    const { graph, texts } = loaded(DEFAULT_DATASET);
    const file = exportJson(graph);
    expect(file).toMatchObject({ filename: "veo-rehabilitation.json", mime: "application/json" });
    const back = loadDataset(JSON.parse(file.text), texts);
    expect(back.ok).toBe(true);
    if (back.ok) expect(plain(back.graph)).toEqual(plain(graph));
  });

  test("a view keeps its nodes, the edges between them, and only the sources they cite", () => {
    const { graph, texts } = loaded(TRICKY_DATASET);
    const file = exportJson(graph, { keys: VIEW });
    expect(file.filename).toBe("tricky-view.json");
    const json = JSON.parse(file.text);
    expect(json.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...VIEW].sort());
    expect(json.edges.map((e: { key: string }) => e.key).sort()).toEqual([
      "annex--builds-on--memo",
      "memo--addresses--rehabilitation",
    ]);
    expect(json.attributes.title).toBe(graph.getAttribute("title"));
    expect(json.attributes.sources.map((s: { id: string }) => s.id)).toEqual(["notes", "annex"]);
    const only = exportJson(graph, { keys: new Set(["annex"]) });
    expect(JSON.parse(only.text).attributes.sources.map((s: { id: string }) => s.id)).toEqual(["annex"]);
    expect(loadDataset(JSON.parse(only.text), texts).ok).toBe(true);
  });
});

describe("GEXF", () => {
  test("must show: the default dataset's GEXF parses with graphology-gexf into the same counts", () => {
    const { graph } = loaded(DEFAULT_DATASET);
    const file = exportGexf(graph);
    expect(file).toMatchObject({ filename: "veo-rehabilitation.gexf", mime: "application/gexf+xml" });
    const parsed = parseGexf(MultiDirectedGraph, file.text);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
  });

  test("attributes are flat text Gephi can show: kind, label, dates, place, role, aliases, citations", () => {
    const { graph } = loaded(TRICKY_DATASET);
    const parsed = parseGexf(MultiDirectedGraph, exportGexf(graph).text);
    expect(parsed.getNodeAttributes("network")).toMatchObject({
      kind: "organisation",
      label: "Alpha, Beta & Gamma",
      aliases: 'ABG | The "network"',
      description: "Met in Rome;\nsee the notes.",
      citations: 'notes: The "Alpha, Beta & Gamma" network met in Rome, Italy | a pipe stays in the quote: yes.',
    });
    expect(parsed.getNodeAttributes("meeting")).toMatchObject({
      start: "2012-04-03",
      end: "2012-04-04",
      place: "Rome, Italy",
    });
    expect(parsed.getNodeAttributes("chair")).toMatchObject({
      label: '<script>alert("x")</script>',
      role: "Chair, network",
    });
    expect(parsed.getEdgeAttributes("network--hosted--meeting")).toMatchObject({
      relation: "hosted",
      label: "Hosted",
      start: "2012-04-03",
      citations: "notes: network met in Rome",
    });
    expect(parsed.getAttribute("title")).toBe(graph.getAttribute("title"));
    for (const value of Object.values(parsed.getNodeAttributes("network"))) expect(typeof value).not.toBe("object");
  });

  test("positions, sizes and colours go out as viz attributes when given, and only then", () => {
    const { graph } = loaded(TRICKY_DATASET);
    const viz = new Map([
      ["memo", { x: 1.5, y: -2, size: 7, color: "#D55E00" }],
      ["annex", { x: 0, y: 3 }],
    ]);
    const text = exportGexf(graph, { viz, keys: VIEW }).text;
    const parsed = parseGexf(MultiDirectedGraph, text);
    expect(parsed.order).toBe(3);
    expect(parsed.getNodeAttributes("memo")).toMatchObject({ x: 1.5, y: -2, size: 7, color: "rgb(213,94,0)" });
    expect(parsed.getNodeAttributes("annex")).toMatchObject({ x: 0, y: 3 });
    expect(parsed.getNodeAttributes("rehabilitation")).not.toHaveProperty("x");
    expect(parseGexf(MultiDirectedGraph, exportGexf(graph).text).getNodeAttributes("memo")).not.toHaveProperty("x");
  });
});

describe("CSV", () => {
  test("nodes.csv and edges.csv have a row per node and edge, quoted per RFC 4180", () => {
    const { graph } = loaded(TRICKY_DATASET);
    const [nodes, edges] = exportCsv(graph);
    expect(nodes).toMatchObject({ filename: "tricky-nodes.csv", mime: "text/csv" });
    expect(edges.filename).toBe("tricky-edges.csv");
    expect(nodes.text).toContain('"Alpha, Beta & Gamma"');
    expect(nodes.text).toContain('"<script>alert(""x"")</script>"');
    expect(nodes.text.split("\r\n")[0]).toBe(
      "key,kind,label,short,aliases,start,end,place,role,description,note,citations",
    );
    const rows = parseCsv(nodes.text);
    expect(rows.ok && rows.rows.length).toBe(graph.order + 1);
    const edgeRows = parseCsv(edges.text);
    if (!edgeRows.ok) throw new Error(edgeRows.message);
    expect(edgeRows.rows.length).toBe(graph.size + 1);
    const hosted = edgeRows.rows.find((r) => r[0] === "network--hosted--meeting");
    expect(hosted).toEqual([
      "network--hosted--meeting",
      "network",
      "meeting",
      "hosted",
      "Alpha, Beta & Gamma hosted Rome meeting",
      "2012-04-03",
      "",
      "notes: network met in Rome",
    ]);
    const network = rows.ok ? rows.rows.find((r) => r[0] === "network") : undefined;
    expect(network?.[NODE_COLUMNS.indexOf("description")]).toBe("Met in Rome;\nsee the notes.");
  });

  test("a view exports only its rows", () => {
    const { graph } = loaded(TRICKY_DATASET);
    const [nodes, edges] = exportCsv(graph, { keys: VIEW });
    expect(nodes.filename).toBe("tricky-view-nodes.csv");
    const n = parseCsv(nodes.text);
    const e = parseCsv(edges.text);
    expect(
      n.ok &&
        n.rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
    ).toEqual([...VIEW].sort());
    expect(e.ok && e.rows.length).toBe(3);
  });

  test("the reader rejects an unclosed quote with its line", () => {
    expect(parseCsv('key,label\r\na,"open\r\nb,c\r\n')).toEqual({
      ok: false,
      line: 2,
      message: "a quoted field is never closed",
    });
  });
});
