// Issue 17, item 3: a file nested thousands of levels deep gives a located message in every reader
// (Open file, `?dataset=`, the CLI) instead of a hang or "Maximum call stack size exceeded"; the
// data version is computed without recursion.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, test } from "vitest";

import { readUrlDataset } from "../../src/app/loading/url-dataset";
import { readDatasetFiles } from "../../src/cli/read-dataset";
import { importFile } from "../../src/io/import-file";
import { jsonShape, MAX_DEPTH, parseJson } from "../../src/io/json-text";
import { formatProblem } from "../../src/model";
import { datasetVersion } from "../../src/queries/version";
import { BRACKETS, deepAttribute } from "../fixtures/hostile";

const DEEP_MESSAGE = new RegExp(`nested more than ${MAX_DEPTH} levels deep`);
/** Column of the first bracket past the limit in deepAttribute(): `{"nodes":[{"key"…"deep":` then 98 `{"a":`. */
const DEEP_COLUMN = deepAttribute().indexOf('{"a":') + 1 + (MAX_DEPTH - 4) * 5;

const dir = mkdtempSync(join(tmpdir(), "deep-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("deep nesting", () => {
  test("jsonShape finds the first bracket past the limit, outside strings only", () => {
    expect(jsonShape("[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH))).toEqual([]);
    expect(jsonShape("[".repeat(MAX_DEPTH + 1))[0]?.offset).toBe(MAX_DEPTH);
    expect(jsonShape(`["${"[".repeat(500)}", "\\"${"{".repeat(500)}"]`)).toEqual([]);
    expect(jsonShape(deepAttribute())[0]?.offset).toBe(DEEP_COLUMN - 1);
  });

  test("must show: Open file gives line and column for an attribute nested 5,000 levels deep", () => {
    const result = importFile("deep.json", deepAttribute());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: "deep.json",
        where: `line 1, column ${DEEP_COLUMN}`,
        severity: "error",
        message: expect.stringMatching(DEEP_MESSAGE),
      },
    ]);
  });

  test("must show: `[` × 200,000 gives a located message, not a stack overflow", () => {
    for (const name of ["brackets.json", "brackets"]) {
      const result = importFile(name, BRACKETS);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems[0]).toMatchObject({
          where: `line 1, column ${MAX_DEPTH + 1}`,
          message: expect.stringMatching(DEEP_MESSAGE),
        });
    }
    const parsed = parseJson(BRACKETS);
    expect(parsed.ok).toBe(false);
  });

  test("must show: ?dataset= lists the same problem with its place", async () => {
    for (const [text, column] of [
      [deepAttribute(), DEEP_COLUMN],
      [BRACKETS, MAX_DEPTH + 1],
    ] as const) {
      const loaded = await readUrlDataset("deep.json", new URL("http://127.0.0.1/deep.json"), text, () =>
        Promise.reject(new Error("none")),
      );
      expect(loaded.result.ok).toBe(false);
      if (!loaded.result.ok)
        expect(loaded.result.problems).toEqual([
          {
            file: "deep.json",
            where: `line 1, column ${column}`,
            severity: "error",
            message: expect.stringMatching(DEEP_MESSAGE),
          },
        ]);
    }
  });

  test("must show: the CLI rejects both files with line and column", () => {
    for (const [name, text, column] of [
      ["deep.json", deepAttribute(), DEEP_COLUMN],
      ["brackets.json", BRACKETS, MAX_DEPTH + 1],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const { result } = readDatasetFiles([file]);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(formatProblem(result.problems[0]!)).toMatch(
          new RegExp(
            `deep\\.json: line 1, column ${column}: ${DEEP_MESSAGE.source}`.replace("deep", name.replace(".json", "")),
          ),
        );
    }
  });

  test("the data version of a value nested 100,000 levels deep is computed without recursion", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? { a: deep } : [deep];
    expect(datasetVersion(deep)).toMatch(/^[0-9a-f]{8}$/);
    // and canonical JSON is unchanged: key order does not matter, array order does
    expect(datasetVersion({ b: [1, { d: 2, c: 3 }], a: "x" })).toBe(datasetVersion({ a: "x", b: [1, { c: 3, d: 2 }] }));
    expect(datasetVersion([1, 2])).not.toBe(datasetVersion([2, 1]));
  });

  test("a GEXF file nested 5,000 elements deep gives a message, not a stack overflow", () => {
    const deep = "<x>".repeat(5000) + "</x>".repeat(5000);
    const text = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"><attvalues>${deep}</attvalues></node></nodes></graph></gexf>`;
    const result = importFile("deep.gexf", text);
    if (!result.ok) expect(result.problems[0]?.message).not.toMatch(/call stack/);
  });
});
