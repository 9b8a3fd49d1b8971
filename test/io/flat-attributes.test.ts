// A foreign file's columns read into the contract's optional texts: tidied, numbers as text, blanks
// dropped, and a date the model cannot read kept under its own name rather than lost.
import { describe, expect, test } from "vitest";

import { edgeFromFlat, nodeFromFlat } from "../../src/io/flat-attributes";

describe("optional texts from a flat file", () => {
  test("a node's description, dates, place and role", () => {
    const { attributes, issues } = nodeFromFlat("n1", {
      label: "Hague meeting",
      type: "meeting",
      description: "  Experts met.  ",
      start: "2012-02",
      end: "early 2012",
      place: 2012,
      role: "   ",
      weight: 3,
    });
    expect(issues).toEqual([]);
    expect(attributes).toEqual({
      kind: "event",
      label: "Hague meeting",
      description: "Experts met.",
      start: "2012-02",
      place: "2012",
      sources: [],
      extra: { weight: 3, end: "early 2012" },
    });
    // Same key order as the contract's schema, so exports of an imported graph read the same.
    expect(Object.keys(attributes)).toEqual(["kind", "label", "description", "start", "place", "sources", "extra"]);
  });

  test("an edge's date; its label names the relation, not a text of its own", () => {
    const dated = edgeFromFlat({ label: "supports", start: " 2014-05-01 " }, "organisation", "document");
    expect(dated.attributes).toEqual({ relation: "related-to", label: "supports", sources: [], start: "2014-05-01" });
    const undated = edgeFromFlat({ relation: "hosted", start: "May" }, "organisation", "event");
    expect(undated.attributes).toEqual({ relation: "hosted", sources: [], extra: { start: "May" } });
  });
});

describe("a flat file's own drawing", () => {
  test("x, y, size and color are taken, numbers as text too (CSV); a value that is none stays in extra", () => {
    const { attributes } = nodeFromFlat("n1", { label: "A", x: "1.5", y: -2, size: "0", color: "blue-ish", score: 3 });
    expect(attributes).toMatchObject({ x: 1.5, y: -2, extra: { size: "0", color: "blue-ish", score: 3 } });
    expect(attributes).not.toHaveProperty("size");
    expect(attributes).not.toHaveProperty("color");
    expect(nodeFromFlat("n2", { color: "#0072B2", size: 4 }).attributes).toMatchObject({ color: "#0072B2", size: 4 });
  });

  test("an edge's colour and weight; Gephi's Type column is a direction, not a relation", () => {
    const { attributes } = edgeFromFlat(
      { Type: "Directed", Label: "funds", Weight: "2.5", color: "rgb(1,2,3)" },
      "other",
      "other",
    );
    expect(attributes).toMatchObject({ relation: "related-to", label: "funds", weight: 2.5, color: "rgb(1,2,3)" });
  });
});
