import { describe, expect, it } from "vitest";

import { lineage } from "../../src/queries/lineage";
import {
  joinNames,
  lineageStory,
  monthYear,
  shortName,
  shortTitle,
  withArticle,
} from "../../src/queries/lineage-story";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

describe("lineage story on a hand-made graph", () => {
  const graph = storyGraph();
  const story = lineageStory(graph, lineage(graph, "draft"));
  const card = (key: string) => story.find((c) => c.key === key)!;

  it("has one card per document of the lineage, in the lineage's order, each with its date in words", () => {
    expect(story.map((c) => c.key)).toEqual(["draft", "memo", "guidance", "toolkit"]);
    expect(story.map((c) => c.date)).toEqual(["December 2011", "7 June 2012", "May 2013", "No date"]);
    expect(card("draft").isRoot).toBe(true);
  });

  it("writes each step as one sentence: who made the later document from the earlier one, and when", () => {
    // The memorandum has no preparer or issuer in this graph: the sentence is passive, dated by its adoption.
    expect(card("memo").arrivals.map((a) => a.sentence)).toEqual([
      "The Good practices draft was turned into the Rome Memorandum, June 2012",
    ]);
    expect(card("guidance").arrivals[0]!.sentence).toBe(
      "The Additional guidance put the Rome Memorandum into practice, May 2013",
    );
    expect(card("toolkit").arrivals[0]!.sentence).toBe("The Toolkit built on the Rome Memorandum");
  });

  it("names the actors who prepared the later document", () => {
    const g = makeGraph(
      {
        a: { kind: "document", label: "Good practices", start: "2011-12" },
        b: { kind: "document", label: "Rome Memorandum", start: "2012-06-07" },
        m: { kind: "event", label: "Members' meeting", start: "2012-05-10" },
        gctf: { kind: "organisation", label: "GCTF – Global Counterterrorism Forum" },
        icct: { kind: "organisation", label: "ICCT – International Centre" },
      },
      [
        ["b", "derived-from", "a"],
        ["b", "produced-at", "m"],
        ["gctf", "prepared", "b"],
        ["icct", "prepared", "b"],
      ],
    );
    const [, b] = lineageStory(g, lineage(g, "a"));
    // Made at the May meeting, dated June: the sentence gives both dates, and says which is which.
    expect(b!.arrivals[0]!.sentence).toBe(
      "GCTF and ICCT turned the Good practices into the Rome Memorandum, May 2012; dated 7 June 2012",
    );
    expect(b!.arrivals[0]!.events.map((e) => e.event)).toContain("m");
  });

  it("marks the branch point and the card that jumps back to it", () => {
    expect(card("memo").branches.map((b) => b.key)).toEqual(["guidance", "toolkit"]);
    expect(card("guidance").continuesFrom).toBeUndefined();
    expect(card("toolkit").continuesFrom?.key).toBe("memo");
    expect(card("toolkit").lane).toBeGreaterThan(card("guidance").lane);
  });

  it("explains where an undated document sits, and gives the first document its own events", () => {
    expect(card("toolkit").dateNote).toMatch(/Undated/);
    expect(card("draft").origin?.events.map((e) => e.event)).toEqual(["conference"]);
    expect(card("draft").origin?.carriers.map((c) => c.key)).toContain("centre");
    expect(card("memo").origin).toBeNull();
  });
});

describe("lineage story on the real dataset", () => {
  it("tells the good-practices document becoming the Rome Memorandum, with a quote for the step", () => {
    const graph = realGraph();
    const start = realKeyOf("ICCT/UNICRI good practices document");
    const rome = realKeyOf("Rome Memorandum");
    const story = lineageStory(graph, lineage(graph, start));
    const arrival = story.find((c) => c.key === rome)!.arrivals.find((a) => a.from === start)!;
    expect(arrival.sentence).toMatch(
      /^GCTF turned the ICCT\/UNICRI good practices document into the Rome Memorandum, May 2012; adopted June 2012$/,
    );
    expect(arrival.relations.flatMap((r) => r.sources).length).toBeGreaterThan(0);
    // The card shows the adoption date; its note says the step's month is the meeting that produced it.
    const card = story.find((c) => c.key === rome)!;
    expect(card.date).toBe("June 2012");
    expect(card.dateNote).toBe("Produced May 2012 (GCTF CVE Working Group experts' meeting, Rome); adopted June 2012.");
    // The first document has no date of its own: it is placed, and says so, by its earliest event.
    expect(story[0]!.dateNote).toBe("Undated; placed by its earliest event, 6 December 2011.");
  });

  it("reads a step with several relations by the strongest, and lists that relation's evidence first", () => {
    const graph = realGraph();
    const psychology = realKeyOf(
      "Additional Guidance on the Role of Psychologists/Psychology in Rehabilitation and Reintegration Programs",
    );
    const story = lineageStory(graph, lineage(graph, realKeyOf("Rome Memorandum")));
    const arrival = story.find((c) => c.key === psychology)!.arrivals[0]!;
    expect(arrival.relations.map((r) => r.relation)).toEqual(["builds-on", "addendum-to"]);
    expect(arrival.sentence).toMatch(
      /^Hedayah and ICCT built on the Rome Memorandum in the Additional Guidance on the Role of Psychologists/,
    );
  });

  it("tells a looser tie in its own words: the 2014 practitioners' guide drew on the Rome Memorandum", () => {
    const graph = realGraph();
    const guide = realKeyOf("Countering Violent Extremism: A Guide for Practitioners and Analysts");
    const story = lineageStory(graph, lineage(graph, realKeyOf("Rome Memorandum")));
    const card = story.find((c) => c.key === guide)!;
    expect(card.date).toBe("May 2014");
    expect(card.arrivals[0]!.sentence).toBe(
      // The guide is only attributed to NCTC (by a library entry), so the sentence names no maker.
      "The Countering Violent Extremism: A Guide for Practitioners and Analysts drew on the Rome Memorandum, May 2014",
    );
  });
});

describe("sentence helpers", () => {
  it("shortens acronym labels, adds articles, joins names and dates to the month", () => {
    expect(shortName("UNICRI – UN Interregional Crime and Justice Research Institute")).toBe("UNICRI");
    expect(shortName("Hedayah")).toBe("Hedayah");
    expect(shortTitle("Hague conference: Good Practices & Lessons Learned (December 2011)")).toBe("Hague conference");
    expect(shortTitle("GCTF ministerial-level plenary, Turkey (June 2012)")).toBe(
      "GCTF ministerial-level plenary, Turkey",
    );
    expect(shortTitle("Rome Memorandum")).toBe("Rome Memorandum");
    expect(withArticle("Rome Memorandum")).toBe("the Rome Memorandum");
    expect(withArticle("The Hague Memorandum")).toBe("The Hague Memorandum");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
    expect(joinNames([])).toBe("");
    expect(monthYear("2012-05-10")).toBe("May 2012");
    expect(monthYear("2013")).toBe("2013");
  });
});
