// Issue 17 through `npm run validate`: the CLI gives the same located messages as the app for a
// trailing comma, single quotes, a duplicate member, a GEXF entity and a year 0000, and checks a CSV
// pair when both files are given.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it, vi } from "vitest";

import { readDatasetFiles } from "../../src/cli/read-dataset";
import { exportCsv } from "../../src/io/export-csv";
import { DUPLICATE_MEMBER, GEXF_ENTITY, SINGLE_QUOTES, TRAILING_COMMA, yearZeroDataset } from "../fixtures/hostile";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function validate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/validate.ts", ...args], { cwd: ROOT }, (error, out, err) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, out, err }),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), "validate-hostile-"));
cpSync(join(ROOT, "graph-data/sources"), join(dir, "sources"), { recursive: true });
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const bad = [
  file("trailing-comma.json", TRAILING_COMMA),
  file("single-quotes.json", SINGLE_QUOTES),
  file("duplicate.json", DUPLICATE_MEMBER),
  file("entity.gexf", GEXF_ENTITY),
  file("year-zero.json", JSON.stringify(yearZeroDataset())),
];
const { result: veo } = readDatasetFiles([join(ROOT, "graph-data/veo-rehabilitation.json")]);
if (!veo.ok) throw new Error("the default dataset must load");
const [nodes, edges] = exportCsv(veo.graph);
const pair = [file("veo-nodes.csv", nodes.text), file("veo-edges.csv", edges.text)];
const brokenPair = [
  file("broken-edges.csv", "source,target\r\na,ghost\r\n"),
  file("broken-nodes.csv", "key,label\r\na,A\r\n"),
];

// A folder holding only a CSV export and its sources, and the nodes file of that export given alone.
const csvDir = mkdtempSync(join(tmpdir(), "validate-csv-"));
cpSync(join(ROOT, "graph-data/sources"), join(csvDir, "sources"), { recursive: true });
writeFileSync(join(csvDir, "veo-nodes.csv"), nodes.text);
writeFileSync(join(csvDir, "veo-edges.csv"), edges.text);

const runs = {
  bad: validate(...bad),
  pair: validate(...pair),
  broken: validate(...brokenPair),
  csvFolder: validate(csvDir),
  csvEdges: validate(join(csvDir, "veo-edges.csv")),
};
vi.setConfig({ testTimeout: 60_000 });

describe("validate on hostile files", () => {
  it("must show: each file's problem with its line and column", async () => {
    const { code, err } = await runs.bad;
    expect(code).toBe(1);
    expect(err).toMatch(
      /trailing-comma\.json: line 3, column 19: not valid JSON: unexpected "\}", expected a property name in double quotes/,
    );
    expect(err).toMatch(/single-quotes\.json: line 2, column 3: not valid JSON: /);
    expect(err).toMatch(/duplicate\.json: line 1, column 22: the member "key" appears twice in one object/);
    expect(err).toMatch(/entity\.gexf: line 2, column 18: declares an entity/);
    expect(err).toMatch(/year-zero\.json: node "doc", field start: "0000": the year must be from 1000 to 2999/);
  });

  it("must show: a CSV pair given together is checked as one dataset", async () => {
    const { code, out, err } = await runs.pair;
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/✓ .*veo-nodes\.csv \+ .*veo-edges\.csv/);
    expect(out).toContain(`nodes ${veo.graph.order}`);
  });

  it("must show: a CSV pair in a folder, or named by one of its files, is checked as one dataset", async () => {
    for (const run of [runs.csvFolder, runs.csvEdges]) {
      const { code, out, err } = await run;
      expect(err).toBe("");
      expect(code).toBe(0);
      expect(out).toMatch(/✓ .*veo-nodes\.csv \+ .*veo-edges\.csv/);
      expect(out).toContain(`nodes ${veo.graph.order}`);
    }
  });

  it("names the problems of a broken pair, in either order", async () => {
    const { code, err } = await runs.broken;
    expect(code).toBe(1);
    expect(err).toMatch(/✗ .*broken-nodes\.csv \+ .*broken-edges\.csv/);
    expect(err).toContain('endpoint "ghost" is not a node of the graph');
    expect(err).not.toContain("together");
  });
});
