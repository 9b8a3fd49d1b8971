// How a problem reads: file, place, field, what is wrong, in that order on one line.
import { describe, expect, it } from "vitest";

import { edgeKeyFor, formatProblem } from "../../src/model";
import { edgePlace } from "../../src/model/problems";

describe("formatProblem", () => {
  it("puts the file, the place, the field and the message on one line", () => {
    expect(
      formatProblem({
        file: "graph-data/x.json",
        where: 'node "rome-memorandum"',
        field: "sources[0].quote",
        severity: "error",
        message: 'quote not found word for word in source "seed": "..."',
      }),
    ).toBe(
      'graph-data/x.json: node "rome-memorandum", field sources[0].quote: quote not found word for word in source "seed": "..."',
    );
  });

  it("marks warnings and leaves out what it does not know", () => {
    expect(formatProblem({ where: "graph", severity: "warning", message: "m" })).toBe("warning: graph: m");
  });
});

describe("edgePlace", () => {
  it("names an edge by its endpoints and relation, and by its key only when the key adds something", () => {
    expect(edgePlace("icct", "conf", "hosted", edgeKeyFor("icct", "hosted", "conf"))).toBe(
      'edge "icct" -> "conf" (hosted)',
    );
    expect(edgePlace("icct", "conf", "hosted", "e7")).toBe('edge "e7" "icct" -> "conf" (hosted)');
    expect(edgePlace("icct", "conf")).toBe('edge "icct" -> "conf"');
  });
});
