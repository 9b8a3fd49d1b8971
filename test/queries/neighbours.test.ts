import { describe, expect, it } from "vitest";

import { neighbourOrder, stepNeighbour } from "../../src/queries/neighbours";
import { makeGraph } from "../fixtures/graphs";

const graph = makeGraph(
  {
    hub: { kind: "organisation" },
    a: { kind: "event", start: "2012" },
    b: { kind: "event", start: "2011" },
    c: { kind: "person" },
    far: { kind: "person" },
  },
  [
    ["hub", "hosted", "a"],
    ["hub", "hosted", "b"],
    ["c", "participated-in", "a"],
    ["far", "participated-in", "b"],
  ],
);

describe("neighbourOrder", () => {
  it("lists each neighbour once, in the details panel's order (by date within a relation)", () => {
    expect(neighbourOrder(graph, "hub")).toEqual(["b", "a"]);
    expect(neighbourOrder(graph, "hub", new Set(["hub", "a"]))).toEqual(["a"]);
  });
});

describe("stepNeighbour", () => {
  it("walks round the anchor's neighbours forwards and backwards while the selection follows it", () => {
    const first = stepNeighbour(graph, "hub", null, 1)!;
    expect(first).toEqual({ walk: { anchor: "hub", index: 0 }, key: "b" });
    const second = stepNeighbour(graph, first.key, first.walk, 1)!;
    expect(second.key).toBe("a");
    const wrapped = stepNeighbour(graph, second.key, second.walk, 1)!;
    expect(wrapped.key).toBe("b");
    expect(stepNeighbour(graph, wrapped.key, wrapped.walk, -1)!.key).toBe("a");
    expect(stepNeighbour(graph, "hub", null, -1)!.key).toBe("a");
  });

  it("starts a new walk from a node the reader selected some other way", () => {
    const walk = { anchor: "hub", index: 0 };
    expect(stepNeighbour(graph, "c", walk, 1)).toEqual({ walk: { anchor: "c", index: 0 }, key: "a" });
    const isolated = makeGraph({ alone: { kind: "theme" } });
    expect(stepNeighbour(isolated, "alone", null, 1)).toBeNull();
  });
});
