// A dataset opened without its source files: by default that is an error (quotes cannot be
// checked); with allowMissingTexts it loads, each textless source is one warning, and the quotes of
// sources that do have text are still checked.
import { describe, expect, it } from "vitest";

import { loadDataset } from "../../src/model";
import { errorsOf, fixtureTexts, validDataset } from "./fixture";

const { seed } = fixtureTexts("valid");

describe("allowMissingTexts", () => {
  it("is off by default: a missing text is an error", () => {
    const result = loadDataset(validDataset(), { seed });
    expect(errorsOf(result).map((p) => p.message)).toEqual([
      'source "minutes" has no text file (sources/minutes.md or .txt beside the dataset)',
    ]);
  });

  it("loads with one warning per textless source, however often it is cited", () => {
    const result = loadDataset(validDataset(), { seed }, { file: "x.json", allowMissingTexts: true });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      {
        file: "x.json",
        where: "graph",
        field: "attributes.sources[1]",
        severity: "warning",
        code: "source-text-missing",
        message:
          'source "minutes" has no text file (sources/minutes.md or .txt beside the dataset), so its quotes are not checked',
      },
    ]);
  });

  it("treats a blank text as missing", () => {
    const result = loadDataset(validDataset(), { seed, minutes: "\n" }, { allowMissingTexts: true });
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'the text of source "minutes" is empty, so its quotes are not checked',
    ]);
  });

  it("still checks the quotes of sources that have text, and still rejects unknown sources", () => {
    const data = validDataset();
    data.nodes[0].attributes.sources = [{ source: "seed", quote: "not in the seed text" }];
    data.nodes[1].attributes.sources = [{ source: "elsewhere", quote: "UNICRI" }];
    const errors = errorsOf(loadDataset(data, { seed }, { allowMissingTexts: true }));
    expect(errors.map((p) => [p.where, p.field])).toEqual([
      ['node "icct"', "sources[0].quote"],
      ['node "unicri"', "sources[0].source"],
    ]);
  });
});
