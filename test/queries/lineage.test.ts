import { describe, expect, it } from "vitest";

import { dateKey } from "../../src/model";
import { lineage } from "../../src/queries/lineage";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

const keys = (steps: { key: string }[]) => steps.map((s) => s.key);

describe("lineage on a hand-made story", () => {
  const graph = storyGraph();

  it("traces a document forward to everything that came from it, in date order", () => {
    const result = lineage(graph, "draft");
    expect(keys(result.steps)).toEqual(["draft", "memo", "guidance", "toolkit"]);
    expect(result.ancestors).toEqual([]);
    expect(result.descendants).toEqual(["memo", "guidance", "toolkit"]);
    expect(result.steps.map((s) => s.generation)).toEqual([0, 1, 2, 2]);
  });

  it("traces back to ancestors and forward to descendants, but not to a sibling branch", () => {
    const fromMemo = lineage(graph, "memo");
    expect(fromMemo.ancestors).toEqual(["draft"]);
    expect(fromMemo.descendants).toEqual(["guidance", "toolkit"]);
    const fromGuidance = lineage(graph, "guidance");
    expect(keys(fromGuidance.steps)).toEqual(["draft", "memo", "guidance"]);
    expect(fromGuidance.steps.map((s) => s.generation)).toEqual([-2, -1, 0]);
  });

  it("keeps branches as branches: parents, children and a lane per branch", () => {
    const steps = Object.fromEntries(lineage(graph, "draft").steps.map((s) => [s.key, s]));
    expect(steps.memo!.parents).toEqual(["draft"]);
    expect(steps.memo!.children).toEqual(["guidance", "toolkit"]);
    expect(steps.guidance!.parents).toEqual(["memo"]);
    expect([steps.draft!.lane, steps.memo!.lane, steps.guidance!.lane]).toEqual([0, 0, 0]);
    expect(steps.toolkit!.lane).toBe(1);
  });

  it("gives each link its relations with sentences, the events where it happened and who carried it", () => {
    const link = lineage(graph, "draft").links.find((l) => l.from === "draft" && l.to === "memo")!;
    expect(link.relations).toEqual([
      {
        edge: "memo--derived-from--draft",
        relation: "derived-from",
        sentence: "Rome Memorandum was derived from Good practices draft",
        sources: [{ source: "fixture-source", quote: "memo derived-from draft" }],
      },
    ]);
    expect(link.events.map((e) => [e.event, e.relation, e.document])).toEqual([
      ["conference", "considered-at", "draft"],
      ["plenary", "adopted-at", "memo"],
    ]);
    expect(link.carriers.map((c) => [c.key, c.relation, c.via])).toEqual([
      ["centre", "hosted", "conference"],
      ["institute", "co-hosted", "conference"],
      ["researcher", "spoke-at", "conference"],
      ["forum", "convened", "plenary"],
    ]);
    expect(link.carriers[0]!.sentence).toBe("International Centre hosted Hague Conference");
    // The plenary made the memorandum; it is not where the memorandum was turned into guidance.
    const next = lineage(graph, "memo").links.find((l) => l.to === "guidance")!;
    expect(next.events).toEqual([]);
  });

  it("lists each step's own events and the people and organisations who acted on it directly", () => {
    const draft = lineage(graph, "draft").steps[0]!;
    expect(draft.events.map((e) => e.event)).toEqual(["conference"]);
    expect(draft.carriers.map((c) => [c.key, c.relation, c.via])).toEqual([["centre", "prepared", undefined]]);
  });

  it("reports an undated document instead of dropping it", () => {
    const result = lineage(graph, "memo");
    expect(result.undated).toEqual(["toolkit"]);
    expect(result.problems).toEqual(['"Toolkit" has no date; it is placed after the documents it came from.']);
    expect(result.steps.at(-1)).toMatchObject({ key: "toolkit", inCycle: false });
    expect(result.steps.at(-1)!.start).toBeUndefined();
  });

  it("fails on a key that is not a document", () => {
    expect(() => lineage(graph, "centre")).toThrow('lineage: unknown document "centre"');
    expect(() => lineage(graph, "ghost")).toThrow('lineage: unknown document "ghost"');
  });

  it("gives a document without lineage a single step", () => {
    const alone = makeGraph({ d: { kind: "document", start: "2020" } });
    expect(lineage(alone, "d")).toMatchObject({ steps: [{ key: "d", generation: 0, lane: 0 }], links: [], cycles: [] });
  });
});

describe("lineage ordering, merging and cycles", () => {
  it("never puts a document before one it came from, even when their dates say otherwise", () => {
    const graph = makeGraph({ old: { kind: "document", start: "2015" }, young: { kind: "document", start: "2010" } }, [
      ["young", "builds-on", "old"],
    ]);
    expect(keys(lineage(graph, "old").steps)).toEqual(["old", "young"]);
  });

  it("orders an undated document by its earliest event, and orders parallel branches by date", () => {
    const graph = makeGraph(
      {
        root: { kind: "document", start: "2010" },
        late: { kind: "document", start: "2014" },
        quiet: { kind: "document" },
        early: { kind: "document", start: "2011" },
        meeting: { kind: "event", start: "2012-03" },
      },
      [
        ["late", "implements", "root"],
        ["quiet", "builds-on", "root"],
        ["early", "addendum-to", "root"],
        ["quiet", "produced-at", "meeting"],
      ],
    );
    const result = lineage(graph, "root");
    expect(keys(result.steps)).toEqual(["root", "early", "quiet", "late"]);
    expect(result.steps[2]).toMatchObject({ key: "quiet", orderedBy: "2012-03" });
    expect(result.problems[0]).toContain("placed by its earliest event (2012-03)");
    expect(result.steps.map((s) => s.lane)).toEqual([0, 0, 1, 2]);
  });

  it("merges several relations between the same two documents into one link", () => {
    const graph = makeGraph({ a: { kind: "document", start: "2012" }, b: { kind: "document", start: "2013" } }, [
      ["b", "implements", "a"],
      ["b", "addendum-to", "a"],
    ]);
    const { links } = lineage(graph, "a");
    expect(links).toHaveLength(1);
    expect(links[0]!.relations.map((r) => r.relation).sort()).toEqual(["addendum-to", "implements"]);
  });

  it("reports a cycle of lineage relations and still shows every document in it", () => {
    const graph = makeGraph(
      {
        a: { kind: "document", start: "2012" },
        b: { kind: "document", start: "2013" },
        c: { kind: "document", start: "2014" },
        d: { kind: "document", start: "2011" },
      },
      [
        ["a", "builds-on", "b"],
        ["b", "derived-from", "a"],
        ["c", "implements", "a"],
        ["a", "derived-from", "d"],
      ],
    );
    const result = lineage(graph, "c");
    expect(result.cycles).toHaveLength(1);
    expect([...result.cycles[0]!].sort()).toEqual(["a", "a", "b"]);
    expect(result.cycles[0]![0]).toBe(result.cycles[0]!.at(-1));
    expect(keys(result.steps).sort()).toEqual(["a", "b", "c", "d"]);
    expect(
      result.steps
        .filter((s) => s.inCycle)
        .map((s) => s.key)
        .sort(),
    ).toEqual(["a", "b"]);
    expect(result.steps[0]!.key).toBe("d");
    expect(result.problems.some((p) => p.startsWith("Lineage relations form a cycle"))).toBe(true);
  });
});

describe("lineage in the real dataset", () => {
  const graph = realGraph();
  const goodPractices = realKeyOf("Good practices document");

  it("runs from the good practices document to the Rome Memorandum and the later guidance, in date order", () => {
    const result = lineage(graph, goodPractices);
    const order = keys(result.steps);
    const rome = realKeyOf("Rome Memorandum");
    const psychology = realKeyOf(
      "Additional Guidance on the Role of Psychologists/Psychology in Rehabilitation and Reintegration Programs",
    );
    expect(order[0]).toBe(goodPractices);
    expect(order.indexOf(rome)).toBeGreaterThan(0);
    expect(order.indexOf(psychology)).toBeGreaterThan(order.indexOf(rome));
    const dated = result.steps.filter((s) => s.start).map((s) => dateKey(s.start));
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(result.cycles).toEqual([]);
    for (const link of result.links) {
      for (const r of link.relations) expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  it("says where the good practices became the Rome Memorandum, and who carried it", () => {
    const rome = realKeyOf("Rome Memorandum");
    const link = lineage(graph, goodPractices).links.find((l) => l.from === goodPractices && l.to === rome)!;
    expect(link.events.map((e) => e.event)).toContain(realKeyOf("GCTF ministerial plenary 2012"));
    expect(link.carriers.map((c) => c.key)).toContain(realKeyOf("GCTF"));
  });

  it("branches after the Rome Memorandum instead of flattening the later guidance into one line", () => {
    const result = lineage(graph, realKeyOf("Rome Memorandum"));
    const rome = result.steps.find((s) => s.key === realKeyOf("Rome Memorandum"))!;
    expect(rome.children.length).toBeGreaterThan(1);
    const lanes = new Set(rome.children.map((c) => result.steps.find((s) => s.key === c)!.lane));
    expect(lanes.size).toBe(rome.children.length);
  });
});
