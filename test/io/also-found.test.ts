// Issue 17, "Also found": line and column for JSON errors in `?dataset=` (Open file had them),
// duplicate members with their place, GEXF entities refused with their place, years kept to a sane
// range, and link notices that quote a short prefix and collapse when there are many.
import { describe, expect, test } from "vitest";

import { readUrlDataset } from "../../src/app/loading/url-dataset";
import { importFile } from "../../src/io/import-file";
import { loadDataset } from "../../src/model";
import { parseViewUrl, QUOTE_MAX } from "../../src/state/url";
import { storyGraph } from "../fixtures/graphs";
import {
  DUPLICATE_MEMBER,
  flatDataset,
  GEXF_ENTITY,
  HOSTILE_TEXTS,
  SINGLE_QUOTES,
  TRAILING_COMMA,
  yearZeroDataset,
} from "../fixtures/hostile";

const URL_OF = new URL("http://127.0.0.1/fixtures/x.json");
const noTexts = () => Promise.reject(new Error("no source texts here"));

async function urlProblems(text: string) {
  const loaded = await readUrlDataset("x.json", URL_OF, text, noTexts);
  if (loaded.result.ok) throw new Error("expected the dataset to be refused");
  return loaded.result.problems;
}

describe("JSON errors in ?dataset=", () => {
  test("must show: a trailing comma and single quotes give line and column, as Open file does", async () => {
    expect(await urlProblems(TRAILING_COMMA)).toEqual([
      {
        file: "x.json",
        where: "line 3, column 19",
        severity: "error",
        message: 'not valid JSON: unexpected "}", expected a property name in double quotes',
      },
    ]);
    expect(await urlProblems(SINGLE_QUOTES)).toEqual([
      {
        file: "x.json",
        where: "line 2, column 3",
        severity: "error",
        message: 'not valid JSON: unexpected "\'", expected a property name in double quotes',
      },
    ]);
    const opened = importFile("x.json", TRAILING_COMMA);
    expect(!opened.ok && opened.problems[0]?.where).toBe("line 3, column 19");
  });

  test("must show: the same member twice in one object is reported at its place, in every reader", async () => {
    const expected = {
      where: "line 1, column 22",
      severity: "error",
      message:
        'the member "key" appears twice in one object (first at line 1, column 12); JSON keeps only the last, so name it once',
    };
    expect(await urlProblems(DUPLICATE_MEMBER)).toEqual([{ file: "x.json", ...expected }]);
    const opened = importFile("dup.json", DUPLICATE_MEMBER);
    expect(!opened.ok && opened.problems).toEqual([{ file: "dup.json", ...expected }]);
    // the same name in two objects is no duplicate; nor is a colon inside a string
    expect(importFile("ok.json", JSON.stringify(flatDataset("a", "key: key")))).toMatchObject({ ok: true });
  });
});

describe("GEXF entities", () => {
  test("must show: an internal entity is refused with its place (the browser would expand it)", () => {
    const result = importFile("entity.gexf", GEXF_ENTITY);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          file: "entity.gexf",
          where: "line 2, column 18",
          severity: "error",
          message: "declares an entity (<!ENTITY …>); GEXF needs none, and the explorer does not read them",
        },
      ]);
  });
});

describe("years", () => {
  test("must show: a year 0000 is refused with its place; 1000 and 2999 are the bounds", () => {
    const result = loadDataset(yearZeroDataset(), HOSTILE_TEXTS, { file: "y.json" });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({
        file: "y.json",
        where: 'node "doc"',
        field: "start",
        severity: "error",
        message: '"0000": the year must be from 1000 to 2999',
      });
    for (const [start, ok] of [
      ["1000", true],
      ["2999-12-31", true],
      ["0999", false],
      ["3000-01", false],
    ] as const) {
      const dataset = yearZeroDataset();
      (dataset.nodes[1]!.attributes as { start: string }).start = start;
      expect(loadDataset(dataset, HOSTILE_TEXTS).ok, start).toBe(ok);
    }
  });

  test("another format keeps a date out of range as an attribute, not as a date", () => {
    const flat = { nodes: [{ key: "a", attributes: { label: "A", start: "0000" } }], edges: [] };
    const result = importFile("flat.json", JSON.stringify(flat));
    expect(result.ok && result.graph.getNodeAttributes("a")).toMatchObject({ extra: { start: "0000" } });
    expect(result.ok && result.graph.getNodeAttribute("a", "start")).toBeUndefined();
  });
});

describe("link notices", () => {
  const ctx = { graph: storyGraph(), version: "v" };

  test("must show: a 100 kB unknown parameter is quoted by a short prefix", () => {
    const { notices } = parseViewUrl(`?select=memo&junk=${"x".repeat(100_000)}`, ctx);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toBe(`Unknown link parameter "junk=${"x".repeat(QUOTE_MAX - 5)}…" was ignored.`);
    const long = parseViewUrl(`?select=${"y".repeat(100_000)}`, ctx).notices[0]!.message;
    expect(long.length).toBeLessThan(QUOTE_MAX + 60);
  });

  test("must show: 1,000 unknown keys give one summary notice, and the rest still loads", () => {
    const junk = Array.from({ length: 1000 }, (_, i) => `k${i}=1`).join("&");
    const { state, notices } = parseViewUrl(`?select=memo&${junk}`, ctx);
    expect(state.select).toBe("memo");
    expect(notices).toEqual([
      {
        level: "warning",
        param: "k0",
        message: '1,000 unknown link parameters were ignored: "k0", "k1", "k2" and 997 more.',
      },
    ]);
    // 1,000 unknown organisations: at most MAX_NOTICES, the last saying how many more
    const orgs = parseViewUrl(`?org=${Array.from({ length: 1000 }, (_, i) => `ghost-${i}`).join(",")}`, ctx).notices;
    expect(orgs).toHaveLength(8);
    expect(orgs[7]!.message).toBe("993 more problems with this link were found; the rest of the view still loaded.");
  });
});
