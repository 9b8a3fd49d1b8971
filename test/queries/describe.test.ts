import { describe, expect, it } from "vitest";

import { edgeSentence, relationGroups } from "../../src/queries/describe";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

describe("relationGroups", () => {
  it("groups a node's relations by relation and direction, with inverse headings for incoming ones", () => {
    const groups = relationGroups(storyGraph(), "conference");
    const headings = groups.map((g) => g.heading);
    expect(headings).toEqual(["Hosted by", "Co-hosted by", "Speakers", "Considered", "Addresses"]);
    const hosted = groups[0]!;
    expect(hosted).toMatchObject({ relation: "hosted", direction: "in" });
    expect(hosted.items).toEqual([
      {
        edge: "centre--hosted--conference",
        other: "centre",
        otherLabel: "International Centre",
        otherKind: "organisation",
        sentence: "International Centre hosted Hague Conference",
        sources: [{ source: "fixture-source", quote: "centre hosted conference" }],
      },
    ]);
  });

  it("puts lineage first: where a document came from, then what it turned into", () => {
    const groups = relationGroups(storyGraph(), "memo");
    expect(groups.slice(0, 3).map((g) => `${g.direction} ${g.heading}`)).toEqual([
      "out Derived from",
      "in Built on by",
      "in Implemented by",
    ]);
    expect(groups.slice(3).map((g) => g.heading)).toEqual(["Adopted at", "Addresses"]);
    expect(groups[0]!.items[0]).toMatchObject({
      other: "draft",
      sentence: "Rome Memorandum was derived from Good practices draft",
    });
  });

  it("orders items by date (the relation's own date, else the other node's), undated last, then by label", () => {
    const graph = makeGraph(
      {
        org: { kind: "organisation", label: "Org" },
        b: { kind: "event", label: "B", start: "2013" },
        a: { kind: "event", label: "A", start: "2012-05" },
        z: { kind: "event", label: "Z" },
        y: { kind: "event", label: "Y" },
        c: { kind: "event", label: "C" },
      },
      [
        ["org", "attended", "z"],
        ["org", "attended", "b"],
        ["org", "attended", "y"],
        ["org", "attended", "a"],
        ["org", "attended", "c", { start: "2011" }],
      ],
    );
    const [group] = relationGroups(graph, "org");
    expect(group!.items.map((i) => i.other)).toEqual(["c", "a", "b", "y", "z"]);
    expect(group!.items.map((i) => i.start)).toEqual(["2011", "2012-05", "2013", undefined, undefined]);
  });

  it("gives a node without relations no groups, and fails on an unknown node", () => {
    expect(relationGroups(storyGraph(), "loner")).toEqual([]);
    expect(() => relationGroups(storyGraph(), "nope")).toThrow('describe: unknown node "nope"');
  });

  it("describes the Rome Memorandum of the real dataset with quoted sentences", () => {
    const graph = realGraph();
    const groups = relationGroups(graph, realKeyOf("Rome Memorandum"));
    expect(groups[0]!.heading).toBe("Derived from");
    expect(groups[0]!.items.map((i) => i.other)).toContain(realKeyOf("Good practices document"));
    for (const item of groups.flatMap((g) => g.items)) {
      expect(item.sentence).toContain("Rome Memorandum");
      expect(item.sources.length).toBeGreaterThan(0);
    }
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    expect(total).toBe(graph.degree(realKeyOf("Rome Memorandum")));
  });
});

describe("edgeSentence", () => {
  it("reads an edge with both labels, and fails on an unknown edge", () => {
    expect(edgeSentence(storyGraph(), "guidance--implements--memo")).toBe(
      "Additional guidance implements Rome Memorandum",
    );
    expect(() => edgeSentence(storyGraph(), "x")).toThrow('describe: unknown edge "x"');
  });
});
