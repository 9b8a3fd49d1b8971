import { describe, expect, it } from "vitest";

import { dateKey } from "../../src/model";
import { playSteps, unrevealedAt } from "../../src/queries/playback";
import { realGraph, storyGraph } from "../fixtures/graphs";

describe("play steps", () => {
  it("steps through events and documents by month, then the undated ones; other kinds join at their first link", () => {
    const steps = playSteps(storyGraph());
    expect(steps.map((s) => s.label)).toEqual(["December 2011", "June 2012", "May 2013", "No date"]);
    // A month-precise date sorts from the first of its month, before a day in it; same day: by label.
    expect(steps[0]!.keys).toEqual(["draft", "conference"]);
    expect(steps[1]!.keys).toEqual(["plenary", "memo"]);
    expect(steps[3]!.keys).toEqual(["toolkit"]);
    expect(steps.flatMap((s) => s.keys)).not.toContain("centre");
    // The centre joins the story with the first thing it is linked to, once.
    const joinedAt = steps.findIndex((s) => s.joins.includes("centre"));
    expect(joinedAt).toBeGreaterThanOrEqual(0);
    expect(steps.flatMap((s) => s.joins).filter((k) => k === "centre")).toHaveLength(1);
    const first = steps.findIndex((s) => s.keys.some((k) => storyGraph().neighbors(k).includes("centre")));
    expect(joinedAt).toBe(first);
  });

  it("reveals what has happened by each step, and nothing before the first", () => {
    const steps = playSteps(storyGraph());
    expect(unrevealedAt(steps, -1).size).toBe(steps.flatMap((s) => [...s.keys, ...s.joins]).length);
    const later = steps.slice(2).flatMap((s) => [...s.keys, ...s.joins]);
    expect([...unrevealedAt(steps, 1)].sort()).toEqual(later.sort());
    expect(later).toEqual(expect.arrayContaining(["guidance", "toolkit"]));
    expect(unrevealedAt(steps, steps.length - 1).size).toBe(0);
  });

  it("on the real dataset, covers every event and document once, in date order", () => {
    const graph = realGraph();
    const steps = playSteps(graph);
    const keys = steps.flatMap((s) => s.keys);
    const wanted = graph.filterNodes((_, a) => a.kind === "event" || a.kind === "document");
    expect(keys.sort()).toEqual(wanted.sort());
    const dated = steps.filter((s) => s.when);
    for (let i = 1; i < dated.length; i++)
      expect(dateKey(dated[i]!.when)).toBeGreaterThanOrEqual(dateKey(dated[i - 1]!.when));
    expect(dated.map((s) => s.label)).toContain("June 2012");
  });

  it("reveals an undated document with its earliest event, where the lineage and the time layout put it", () => {
    const steps = playSteps(realGraph());
    const stepOf = (key: string) => steps.find((s) => s.keys.includes(key))!.label;
    expect(stepOf("good-practices-document")).toBe("December 2011");
    expect(stepOf("addendum-legal-frameworks")).toBe("May 2016");
    expect(stepOf("rabat-memorandum")).toBe("June 2012");
  });
});
