import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, test } from "vitest";

import { exportGexf } from "../../src/io/export-gexf";
import { readDataset } from "../../src/io/read-dataset";
import { summaryLines } from "../../src/io/summary";
import type { SourceTexts } from "../../src/model";
import { DEFAULT_DATASET, loaded, TRICKY_DATASET } from "./helpers";

/** What `npm run validate -- FILE` does with a file and the sources beside it: readDataset, strictly. */
function validateAny(name: string, text: string, texts: SourceTexts, options = { strict: true }) {
  const sources = Object.entries(texts).map(([id, t]) => ({ name: `sources/${id}.md`, text: t }));
  const result = readDataset([{ name, text }, ...sources], options);
  return result.ok ? { ...result, summary: summaryLines(result.graph, result.format, result.unverified) } : result;
}

const VALID_DATASET = fileURLToPath(new URL("../fixtures/valid/dataset.json", import.meta.url));

describe("readDataset, strictly, for `npm run validate -- FILE`", () => {
  test("a dataset's summary reads the same from the loader (JSON) and from the importer (any format)", () => {
    const { graph, texts } = loaded(VALID_DATASET);
    const expected = [
      "Test fixture (fixture): 8 nodes, 7 edges, 2 sources",
      "  nodes by kind: events 2, organisations 3, people 0, documents 2, themes 1",
      "  edges by relation: hosted 2, addresses 1, co-organised 1, considered-at 1, derived-from 1, prepared 1",
      "  citations by source: seed 13, minutes 2",
      "  cited: nodes 8/8 (100%), edges 7/7 (100%)",
    ];
    expect(summaryLines(graph)).toEqual(expected);
    const result = validateAny("dataset.json", readFileSync(VALID_DATASET, "utf8"), texts);
    expect(result.ok && result.summary).toEqual(expected);
  });

  test("the default dataset passes, counted node by node and citation by citation", () => {
    const { graph, texts } = loaded(DEFAULT_DATASET);
    const result = validateAny("graph-data/veo-rehabilitation.json", readFileSync(DEFAULT_DATASET, "utf8"), texts);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const json = JSON.parse(readFileSync(DEFAULT_DATASET, "utf8")) as {
      nodes: { attributes: { sources: { source: string }[] } }[];
      edges: { attributes: { sources: { source: string }[] } }[];
    };
    const first = graph.getAttribute("sources")[0]!.id;
    const cites = [...json.nodes, ...json.edges].flatMap((x) => x.attributes.sources).filter((c) => c.source === first);
    expect(result.summary[3]).toMatch(new RegExp(`^  citations by source: ${first} ${cites.length}(,|$)`));
  });

  test("an imported graph with nodes of no known kind and partly cited: the generic kind and the format are named", () => {
    const text = JSON.stringify({
      attributes: { title: "Drawn" },
      nodes: [
        { key: "a", attributes: { type: "organisation", citations: "s: A and B" } },
        { key: "b", attributes: { type: "widget" } },
        { key: "c" },
      ],
      edges: [
        { source: "a", target: "b", attributes: { type: "supports" } },
        { source: "b", target: "c", attributes: { type: "supports" } },
        { source: "a", target: "c" },
      ],
    });
    const result = validateAny("drawn.json", text, { s: "A and B." });
    expect(result.ok && result.summary).toEqual([
      "Drawn (drawn): 3 nodes, 3 edges, 1 sources",
      "  read as graphology JSON",
      "  nodes by kind: events 0, organisations 1, people 0, documents 0, themes 0, other 2",
      "  edges by relation: related-to 3",
      "  citations by source: s 1",
      "  cited: nodes 1/3 (33.3%), edges 0/3 (0.0%)",
    ]);
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
    const lenient = validateAny("tricky.json", text, {}, { strict: false });
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
  expect(validateAny("a.gexf", gexf, {}, { strict: false }).ok).toBe(true);
});
