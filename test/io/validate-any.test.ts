import { readFileSync } from "node:fs";

import { describe, expect, test } from "vitest";

import { exportGexf } from "../../src/io/export-gexf";
import { validateAny } from "../../src/io/validate-any";
import { DEFAULT_DATASET, loaded, TRICKY_DATASET } from "./helpers";

describe("validateAny, for `npm run validate -- FILE`", () => {
  test("the default dataset passes, with a summary of what it holds", () => {
    const { graph, texts } = loaded(DEFAULT_DATASET);
    const result = validateAny("graph-data/veo-rehabilitation.json", readFileSync(DEFAULT_DATASET, "utf8"), texts);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary[0]).toBe(
      `${graph.getAttribute("title")} (veo-rehabilitation), read as data contract JSON: ${graph.order} nodes, ${graph.size} edges, ${graph.getAttribute("sources").length} sources`,
    );
    expect(result.summary[1]).toMatch(/^ {2}nodes by kind: .*organisation \d+/);
  });

  test("a GEXF export passes the same way", () => {
    const { graph, texts } = loaded(TRICKY_DATASET);
    const result = validateAny("tricky.gexf", exportGexf(graph).text, texts);
    expect(result.ok && result.summary[0]).toMatch(/read as GEXF: 6 nodes, 5 edges, 2 sources$/);
  });

  test("missing source texts fail unless unverified quotes are allowed", () => {
    const text = readFileSync(TRICKY_DATASET, "utf8");
    const strict = validateAny("tricky.json", text, {});
    expect(strict.ok).toBe(false);
    if (!strict.ok)
      expect(strict.problems.map((p) => p.message)).toEqual([
        'source "notes" has no text file (sources/notes.md or .txt beside the dataset), so its quotes cannot be checked',
        'source "annex" has no text file (sources/annex.md or .txt beside the dataset), so its quotes cannot be checked',
      ]);
    const lenient = validateAny("tricky.json", text, {}, { allowUnverified: true });
    expect(lenient.ok && lenient.summary).toContain("  quotes not checked (no source text): notes, annex");
  });

  test("a broken file fails with its problems", () => {
    const result = validateAny("bad.json", "{\n  nodes: []\n}", {});
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "bad.json",
          where: "line 2, column 3",
          severity: "error",
          message: 'not valid JSON: unexpected "n", expected a property name in double quotes',
        },
      ],
    });
  });
});
