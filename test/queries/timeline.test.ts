import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { dateCeil, dateFloor, parseIsoDate, type DataGraph } from "../../src/model";
import { timeLayout } from "../../src/queries/timeline";
import { makeGraph, realGraph, realKeyOf, storyGraph, type NodeSpec } from "../fixtures/graphs";

/** True when a's date span ends before b's begins. */
function strictlyBefore(a: string, b: string): boolean {
  return dateCeil(parseIsoDate(a)!) < dateFloor(parseIsoDate(b)!);
}

function expectMonotone(graph: DataGraph) {
  const { positions } = timeLayout(graph);
  const dated = graph.filterNodes((_, a) => a.start !== undefined);
  for (const a of dated) {
    for (const b of dated) {
      const [da, db] = [graph.getNodeAttribute(a, "start")!, graph.getNodeAttribute(b, "start")!];
      if (strictlyBefore(da, db)) expect(positions.get(a)!.x).toBeLessThan(positions.get(b)!.x);
    }
  }
}

describe("timeLayout", () => {
  it("places dated nodes left to right by date, a year's ticks at its first day", () => {
    const graph = makeGraph({
      a: { kind: "event", start: "2011-01-01" },
      b: { kind: "event", start: "2012-07" },
      c: { kind: "document", start: "2013" },
    });
    const { positions, ticks } = timeLayout(graph, { yearWidth: 100 });
    expect(positions.get("a")!.x).toBe(0);
    expect(ticks.map((t) => [t.label, t.x])).toEqual([
      ["2011", 0],
      ["2012", 100],
      ["2013", 200],
      ["2014", 300],
    ]);
    expect(positions.get("b")!.x).toBeGreaterThan(150);
    expect(positions.get("b")!.x).toBeLessThan(200);
    expect(positions.get("c")!.x).toBeGreaterThan(200);
    expect(positions.get("c")!.x).toBeLessThan(300);
  });

  it("is monotone in date for any dates", () => {
    const date = fc
      .tuple(fc.integer({ min: 2000, max: 2020 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
      .map(([y, m, d]) =>
        m === 0 ? `${y}` : `${y}-${String(m).padStart(2, "0")}${d ? `-${String(d).padStart(2, "0")}` : ""}`,
      );
    fc.assert(
      fc.property(fc.array(date, { minLength: 2, maxLength: 12 }), (dates) => {
        const nodes: Record<string, NodeSpec> = {};
        dates.forEach((start, i) => (nodes[`n${i}`] = { kind: "event", start }));
        expectMonotone(makeGraph(nodes));
      }),
      { numRuns: 100 },
    );
  });

  it("places an undated node beside its first dated neighbour, rippling outwards", () => {
    const graph = makeGraph(
      {
        e1: { kind: "event", start: "2011-01-01" },
        e2: { kind: "event", start: "2012-01-01" },
        e3: { kind: "event", start: "2015-01-01" },
        org: { kind: "organisation" },
        person: { kind: "person" },
        lonely: { kind: "theme" },
      },
      [
        ["org", "hosted", "e1"],
        ["org", "hosted", "e2"],
        ["org", "hosted", "e3"],
        ["person", "affiliated-with", "org"],
      ],
    );
    const { positions, undated, unplaced } = timeLayout(graph, { yearWidth: 10 });
    expect(positions.get("org")!.x).toBe(positions.get("e1")!.x); // the earliest of 2011, 2012, 2015
    expect(positions.get("person")!.x).toBe(positions.get("e1")!.x); // placed through org
    expect(undated).toEqual(["org", "person"]);
    expect(unplaced).toEqual(["lonely"]);
    expect(positions.get("lonely")!.x).toBeLessThan(0);
  });

  it("places an undated document at its earliest event, as the lineage does, not at its neighbours' median", () => {
    const graph = makeGraph(
      {
        meeting: { kind: "event", start: "2016-05-23" },
        memo: { kind: "document", start: "2012-06-07" },
        later: { kind: "document", start: "2020-01" },
        addendum: { kind: "document" },
      },
      [
        ["addendum", "addendum-to", "memo"],
        ["later", "builds-on", "addendum"],
        ["meeting", "informed", "addendum"],
      ],
    );
    const { positions, undated } = timeLayout(graph, { yearWidth: 10 });
    expect(positions.get("addendum")!.x).toBe(positions.get("meeting")!.x);
    expect(undated).toEqual(["addendum"]);
  });

  it("draws the real dataset's undated documents at the dates their lineage cards give", () => {
    const graph = realGraph();
    const { positions } = timeLayout(graph);
    const at = (name: string) => positions.get(realKeyOf(name))!.x;
    expect(at("Addendum to the Rome Memorandum")).toBe(
      at("Practitioners' meeting on legal frameworks for rehabilitation and reintegration, Turin (May 2016)"),
    );
    expect(at("ICCT/UNICRI good practices document")).toBe(at("The Hague conference"));
  });

  it("puts each kind in its own lane, in legend order, and stacks nodes that would overlap", () => {
    const graph = storyGraph();
    const { positions, lanes } = timeLayout(graph);
    expect(lanes.map((l) => l.label)).toEqual(["Events", "Organisations", "People", "Documents", "Themes"]);
    for (const [i, lane] of lanes.entries()) {
      if (i > 0) expect(lane.y).toBeGreaterThan(lanes[i - 1]!.y + lanes[i - 1]!.height - 1);
      const members = graph.filterNodes((_, a) => a.kind === lane.key);
      for (const key of members) {
        const { y } = positions.get(key)!;
        expect(y).toBeGreaterThanOrEqual(lane.y);
        expect(y).toBeLessThan(lane.y + lane.height);
      }
      for (const a of members)
        for (const b of members) {
          const [pa, pb] = [positions.get(a)!, positions.get(b)!];
          if (a !== b && pa.y === pb.y) expect(Math.abs(pa.x - pb.x)).toBeGreaterThanOrEqual(100 / 12);
        }
    }
    expect(positions.size).toBe(graph.order);
  });

  it("gives one lane per chosen organisation's footprint, then the rest", () => {
    const graph = storyGraph();
    const { positions, lanes } = timeLayout(graph, { orgs: ["forum", "centre"] });
    expect(lanes.map((l) => l.key)).toEqual(["forum", "centre", "other"]);
    const laneOf = (key: string) =>
      lanes.findIndex((l) => positions.get(key)!.y >= l.y && positions.get(key)!.y < l.y + l.height);
    expect(laneOf("plenary")).toBe(0);
    expect(laneOf("memo")).toBe(0);
    expect(laneOf("conference")).toBe(1);
    expect(laneOf("loner")).toBe(2);
    expect(() => timeLayout(graph, { orgs: ["memo"] })).toThrow('timeline: unknown organisation "memo"');
  });

  it("lays out the real dataset in date order with ticks for 2011, 2012 and 2013", () => {
    const graph = realGraph();
    const { positions, ticks } = timeLayout(graph);
    expect(ticks.map((t) => t.label)).toEqual(expect.arrayContaining(["2011", "2012", "2013"]));
    expect(positions.size).toBe(graph.order);
    expectMonotone(graph);
    const x = (name: string) => positions.get(realKeyOf(name))!.x;
    expect(x("Good practices document")).toBeLessThan(x("Rome Memorandum"));
    expect(x("Rome Memorandum")).toBeLessThan(
      x("Additional Guidance on the Role of Psychologists/Psychology in Rehabilitation and Reintegration Programs"),
    );
  });
});
