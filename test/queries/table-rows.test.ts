import { describe, expect, it } from "vitest";

import { edgeRows, nodeRows, sortEdgeRows, sortNodeRows } from "../../src/queries/table-rows";
import { makeGraph } from "../fixtures/graphs";

const graph = makeGraph(
  {
    icct: { kind: "organisation", label: "ICCT" },
    conf: { kind: "event", label: "Hague conference", start: "2011-12-06" },
    memo: { kind: "document", label: "Rome Memorandum", start: "2012-06" },
    theme: { kind: "theme", label: "Aftercare" },
  },
  [
    ["icct", "hosted", "conf", { key: "h", start: "2011-12" }],
    ["memo", "addresses", "theme", { key: "a" }],
  ],
);

describe("nodeRows", () => {
  it("lists the nodes in view with their relations in view", () => {
    expect(nodeRows(graph, null).map((r) => [r.key, r.degree])).toEqual([
      ["icct", 1],
      ["conf", 1],
      ["memo", 1],
      ["theme", 1],
    ]);
    expect(nodeRows(graph, new Set(["icct", "memo"])).map((r) => [r.key, r.degree])).toEqual([
      ["icct", 0],
      ["memo", 0],
    ]);
  });

  it("sorts by label, kind (legend order) or date, undated last either way", () => {
    const rows = nodeRows(graph, null);
    expect(sortNodeRows(rows, "label", "ascending").map((r) => r.key)).toEqual(["theme", "conf", "icct", "memo"]);
    expect(sortNodeRows(rows, "label", "descending").map((r) => r.key)).toEqual(["memo", "icct", "conf", "theme"]);
    expect(sortNodeRows(rows, "kind", "ascending").map((r) => r.kind)).toEqual([
      "event",
      "organisation",
      "document",
      "theme",
    ]);
    expect(sortNodeRows(rows, "date", "ascending").map((r) => r.key)).toEqual(["conf", "memo", "theme", "icct"]);
    expect(sortNodeRows(rows, "date", "descending").map((r) => r.key)).toEqual(["memo", "conf", "theme", "icct"]);
  });
});

describe("edgeRows", () => {
  it("keeps relations with both ends in view, as sentences, sortable", () => {
    const rows = edgeRows(graph, null);
    expect(rows.map((r) => r.sentence)).toEqual([
      "ICCT hosted Hague conference",
      "Rome Memorandum addressed Aftercare",
    ]);
    expect(edgeRows(graph, new Set(["icct", "memo", "theme"])).map((r) => r.key)).toEqual(["a"]);
    expect(sortEdgeRows(rows, "source", "descending").map((r) => r.key)).toEqual(["a", "h"]);
    expect(sortEdgeRows(rows, "date", "descending").map((r) => r.key)).toEqual(["h", "a"]);
  });
});
