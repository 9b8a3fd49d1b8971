// A Gephi file read in: its positions, sizes, colours, attributes as columns and partitions.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { importFile } from "../../src/io/import-file";
import type { DataGraph } from "../../src/model";
import { givenPositions, givenSizes } from "../../src/queries/given-drawing";
import { partitionAttributes, partitionBy, PARTITION_COLOURS } from "../../src/queries/partition";
import { attributeColumns, nodeRows, sortNodeRows } from "../../src/queries/table-rows";
import { buildDisplayGraph } from "../../src/view/display-graph";

function gephi(): DataGraph {
  const text = readFileSync(join(import.meta.dirname, "../fixtures/io/gephi-drawn.gexf"), "utf8");
  const result = importFile("gephi-drawn.gexf", text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph as unknown as DataGraph;
}

describe("a file's own drawing", () => {
  it("positions are the file's when every node has them, and none when one lacks them", () => {
    const graph = gephi();
    expect(givenPositions(graph)?.get("0")).toEqual({ x: -300, y: 200 });
    const display = buildDisplayGraph(graph);
    expect(display.getNodeAttributes("6")).toMatchObject({ x: 0, y: -250, color: "rgb(40,70,220)" });
    const partial = graph.copy();
    partial.removeNodeAttribute("3", "x");
    expect(givenPositions(partial)).toBeNull();
  });

  it("sizes keep the file's proportions inside the canvas's range", () => {
    const sizes = givenSizes(gephi(), 5, 15);
    expect(sizes.get("6")).toBe(15); // 40, the largest
    expect(sizes.get("1")).toBe(5); // 10, the smallest
    expect(sizes.get("0")).toBeCloseTo(5 + (20 / 30) * 10); // 30
  });
});

describe("a file's attributes", () => {
  it("are table columns, sorted as numbers or text, rows without them last", () => {
    const graph = gephi();
    expect(attributeColumns(graph)).toEqual(["Country", "Modularity Class"]);
    const rows = nodeRows(graph, null);
    const byCountry = sortNodeRows(rows, "attribute:Country", "descending").map((r) => r.extra?.Country);
    expect(byCountry.slice(0, 3)).toEqual(["Spain", "Serbia", "Russia"]);
    const byClass = sortNodeRows(rows, "attribute:Modularity Class", "ascending").map((r) => r.label);
    expect(byClass).toEqual(["Alice", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Julia"]);
  });

  it("partition the nodes: most common value first, each its colour", () => {
    const graph = gephi();
    expect(partitionAttributes(graph)).toEqual(["Country", "Modularity Class"]);
    const partition = partitionBy(graph, "Modularity Class");
    expect(partition.values).toEqual([
      { value: "2", count: 4, colour: PARTITION_COLOURS[0] },
      { value: "0", count: 3, colour: PARTITION_COLOURS[1] },
      { value: "1", count: 3, colour: PARTITION_COLOURS[2] },
    ]);
    expect(partition.colourOf.get("6")).toBe(PARTITION_COLOURS[0]);
  });
});
