import { describe, expect, it } from "vitest";

import { buildSearchIndex, searchNodes } from "../../src/queries/search";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

const keys = (hits: { key: string }[]) => hits.map((h) => h.key);

describe("searchNodes", () => {
  const index = buildSearchIndex(storyGraph());

  it("finds a node by an alias, saying which alias matched and what kind the node is", () => {
    expect(searchNodes(index, "GF")[0]).toEqual({
      key: "forum",
      label: "Global Forum",
      kind: "organisation",
      matched: "GF",
      score: 4,
    });
  });

  it("ignores case, accents and punctuation", () => {
    expect(searchNodes(index, "celik")[0]).toMatchObject({ key: "researcher", matched: "Celik" });
    expect(searchNodes(index, "AYSE")[0]).toMatchObject({ key: "researcher", matched: "Ayşe Çelik" });
    expect(searchNodes(index, "good-practices")[0]!.key).toBe("draft");
    expect(searchNodes(index, "  rome   memorandum ")[0]!.key).toBe("memo");
  });

  it("ranks exact > prefix > word-prefix > substring", () => {
    const graph = makeGraph({
      sub: { kind: "theme", label: "Interplan" },
      word: { kind: "theme", label: "Big plan ahead" },
      prefix: { kind: "theme", label: "Plan B" },
      exact: { kind: "theme", label: "Other", aliases: ["Plan"] },
    });
    const hits = searchNodes(buildSearchIndex(graph), "plan");
    expect(keys(hits)).toEqual(["exact", "prefix", "word", "sub"]);
    expect(hits.map((h) => h.score)).toEqual([4, 3, 2, 1]);
  });

  it("breaks ties by degree, then by label", () => {
    const graph = makeGraph(
      {
        b: { kind: "theme", label: "Prison b" },
        a: { kind: "theme", label: "Prison a" },
        hub: { kind: "theme", label: "Prison z" },
        e: { kind: "event", label: "Event" },
      },
      [["e", "addresses", "hub"]],
    );
    expect(keys(searchNodes(buildSearchIndex(graph), "prison"))).toEqual(["hub", "a", "b"]);
  });

  it("matches every word of a multi-word query at word starts, in any order", () => {
    expect(keys(searchNodes(index, "memo rome"))).toEqual(["memo"]);
    expect(searchNodes(index, "memo paris")).toEqual([]);
  });

  it("returns nothing for empty text and respects the limit", () => {
    expect(searchNodes(index, "   ")).toEqual([]);
    expect(searchNodes(index, "-")).toEqual([]);
    expect(searchNodes(index, "e").length).toBe(10);
    expect(searchNodes(index, "e", 3).length).toBe(3);
  });

  it("puts ICCT first for 'ICCT' and finds Davutoğlu without the ğ in the real dataset", () => {
    const real = buildSearchIndex(realGraph());
    expect(searchNodes(real, "ICCT")[0]).toMatchObject({ key: realKeyOf("ICCT"), kind: "organisation" });
    expect(searchNodes(real, "icct")[0]!.key).toBe(realKeyOf("ICCT"));
    expect(searchNodes(real, "davutoglu")[0]).toMatchObject({
      key: realKeyOf("Foreign Minister Davutoğlu"),
      kind: "person",
    });
    expect(keys(searchNodes(real, "rome memo"))).toContain(realKeyOf("Rome Memorandum"));
  });
});
