import { readFileSync } from "node:fs";

import { describe, expect, test } from "vitest";

import { exportGexf } from "../../src/io/export-gexf";
import { validateAny } from "../../src/io/validate-any";
import { summarise } from "../../src/cli/report";
import { DEFAULT_DATASET, loaded, TRICKY_DATASET } from "./helpers";

describe("validateAny, for `npm run validate -- FILE`", () => {
  test("the default dataset passes, summarised in the same lines as the JSON-only validate", () => {
    const { graph, texts } = loaded(DEFAULT_DATASET);
    const result = validateAny("graph-data/veo-rehabilitation.json", readFileSync(DEFAULT_DATASET, "utf8"), texts);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary).toEqual(summarise(graph));
  });

  test("a GEXF export passes the same way", () => {
    const { graph, texts } = loaded(TRICKY_DATASET);
    const result = validateAny("tricky.gexf", exportGexf(graph).text, texts);
    expect(result.ok && result.summary.slice(0, 3)).toEqual([
      'Tricky "characters", commas & <tags> (tricky): 6 nodes, 5 edges, 2 sources',
      "  read as GEXF",
      "  nodes by kind: events 1, organisations 1, people 1, documents 2, themes 1",
    ]);
  });

  test("missing source texts fail unless unverified quotes are allowed", () => {
    const text = readFileSync(TRICKY_DATASET, "utf8");
    const strict = validateAny("tricky.json", text, {});
    expect(strict.ok).toBe(false);
    if (!strict.ok)
      expect(strict.problems.map((p) => p.message)).toEqual([
        'source "notes" has no text file (sources/notes.md or .txt beside the dataset)',
        'source "annex" has no text file (sources/annex.md or .txt beside the dataset)',
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

test("a GEXF whose citations name a source without text fails the strict check too", () => {
  const gexf = `<gexf><graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="citations"/></attributes>
    <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="memo: a quote"/></attvalues></node></nodes></graph></gexf>`;
  const result = validateAny("a.gexf", gexf, {});
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.problems[0]).toMatchObject({
      severity: "error",
      message: expect.stringMatching(/^source "memo" has no text/),
    });
  expect(validateAny("a.gexf", gexf, {}, { allowUnverified: true }).ok).toBe(true);
});
