import { describe, expect, it } from "vitest";

import { footprint, footprintSizes } from "../../src/queries/footprint";
import { generateDataset } from "../../src/cli/bench/synthetic/generate";
import { loadDataset } from "../../src/model";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

/** A seeded synthetic dataset: heavy-tailed organisations hosting many events. */
function syntheticGraph(size: number) {
  const { json, texts } = generateDataset(size, 3);
  const loaded = loadDataset(json, texts);
  if (!loaded.ok) throw new Error("synthetic dataset rejected");
  return loaded.graph;
}

const sorted = (set: Set<string>) => [...set].sort();

describe("footprint", () => {
  it("holds the organisation, its neighbours and what is linked to the events it took part in", () => {
    // centre hosted the conference: the draft considered there, the speaker and the theme come along;
    // the co-host (an organisation) does not, nor does anything two steps from the draft.
    expect(sorted(footprint(storyGraph(), ["centre"]))).toEqual([
      "centre",
      "conference",
      "draft",
      "rehab",
      "researcher",
    ]);
  });

  it("follows links in either direction", () => {
    expect(sorted(footprint(storyGraph(), ["institute"]))).toEqual(
      ["conference", "draft", "institute", "prisons", "rehab", "researcher"].sort(),
    );
  });

  it("only reaches through events the organisation took part in, not through other relations", () => {
    const graph = makeGraph(
      {
        org: { kind: "organisation" },
        person: { kind: "person" },
        event: { kind: "event" },
        doc: { kind: "document" },
        other: { kind: "organisation" },
      },
      [
        ["person", "affiliated-with", "org"],
        ["person", "spoke-at", "event"],
        ["doc", "produced-at", "event"],
        ["other", "attended", "event"],
      ],
    );
    expect(sorted(footprint(graph, ["org"]))).toEqual(["org", "person"]);
    expect(sorted(footprint(graph, ["other"]))).toEqual(["doc", "event", "other", "person"]);
    const chair = makeGraph({ org: { kind: "organisation" }, event: { kind: "event" }, theme: { kind: "theme" } }, [
      ["org", "chaired", "event"],
      ["event", "addresses", "theme"],
    ]);
    expect(sorted(footprint(chair, ["org"]))).toEqual(["event", "org", "theme"]);
  });

  it("unites the footprints of several organisations; none gives an empty set", () => {
    const graph = storyGraph();
    const both = footprint(graph, ["centre", "forum"]);
    expect(sorted(both)).toEqual(sorted(new Set([...footprint(graph, ["centre"]), ...footprint(graph, ["forum"])])));
    expect(both.has("plenary") && both.has("memo")).toBe(true);
    expect(footprint(graph, []).size).toBe(0);
    expect(sorted(footprint(graph, ["loner"]))).toEqual(["loner"]);
  });

  it("fails with a namespaced message for a key that is not an organisation", () => {
    expect(() => footprint(storyGraph(), ["memo"])).toThrow('footprint: unknown organisation "memo"');
    expect(() => footprint(storyGraph(), ["centre", "x"])).toThrow('footprint: unknown organisation "x"');
  });

  it("gives Hedayah of the real dataset its events and what they addressed, but not the whole graph", () => {
    const graph = realGraph();
    const hedayah = footprint(graph, [realKeyOf("Hedayah")]);
    expect(hedayah.has(realKeyOf("Expert Meeting on the Role of Psychology in Rehabilitation"))).toBe(true);
    expect(hedayah.has(realKeyOf("Role of psychology and psychologists"))).toBe(true);
    expect(hedayah.size).toBeLessThan(graph.order);
    for (const key of hedayah) {
      expect(graph.hasNode(key)).toBe(true);
    }
  });
});

describe("footprintSizes (the organisation filter's counts)", () => {
  it("gives each organisation the size of its own footprint, and lists nothing else", () => {
    for (const graph of [realGraph(), storyGraph(), syntheticGraph(2000)]) {
      const sizes = footprintSizes(graph);
      const orgs = graph.filterNodes((_, a) => a.kind === "organisation");
      expect([...sizes.keys()].sort()).toEqual(orgs.sort());
      for (const org of orgs) expect(sizes.get(org), org).toBe(footprint(graph, [org]).size);
    }
  });
});
