import { describe, expect, it } from "vitest";

import { dateKey } from "../../src/model";
import { fitInto, lineageLayout, pathLayout } from "../../src/queries/chain-layout";
import { lineage } from "../../src/queries/lineage";
import { connections } from "../../src/queries/paths";
import { realGraph, storyGraph } from "../fixtures/graphs";

describe("lineage laid out on its own", () => {
  it("puts the documents one row each, earliest at the top, never above a document they came from", () => {
    const graph = realGraph();
    const lin = lineage(graph, "good-practices-document");
    const at = lineageLayout(lin);
    const ys = lin.steps.map((s) => at.get(s.key)!.y);
    expect(new Set(ys).size).toBe(ys.length);
    // y grows upwards on the canvas: later rows are lower.
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeLessThan(ys[i - 1]!);
    const dated = lin.steps.filter((s) => s.start).map((s) => ({ y: at.get(s.key)!.y, t: dateKey(s.start) }));
    for (const a of dated) for (const b of dated) if (a.t < b.t) expect(a.y).toBeGreaterThan(b.y);
    for (const step of lin.steps)
      for (const parent of step.parents) expect(at.get(parent)!.y).toBeGreaterThan(at.get(step.key)!.y);
  });

  it("gives each branch its own column, and puts each event left of the documents in its document's row", () => {
    const lin = lineage(realGraph(), "rome-memorandum");
    const at = lineageLayout(lin);
    const lanes = new Set(lin.steps.map((s) => s.lane));
    expect(new Set(lin.steps.map((s) => at.get(s.key)!.x)).size).toBe(lanes.size);
    const firstColumn = Math.min(...lin.steps.map((s) => at.get(s.key)!.x));
    const events = [...lin.steps.flatMap((s) => s.events), ...lin.links.flatMap((l) => l.events)];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const p = at.get(event.event)!;
      expect(p.x).toBeLessThan(firstColumn);
      // Within half a row of a document it is linked to.
      const near = events
        .filter((e) => e.event === event.event)
        .some((e) => Math.abs(at.get(e.document)!.y - p.y) <= 0.5);
      expect(near).toBe(true);
    }
  });
});

describe("path laid out on its own", () => {
  it("puts the shortest path on one line, in order, and alternatives above and below it", () => {
    const found = connections(realGraph(), "ban-ki-moon", "rome-memorandum", { k: 3 });
    const at = pathLayout(found);
    const main = found.paths[0]!.nodes;
    main.forEach((key, i) => expect(at.get(key)).toEqual({ x: i, y: 0 }));
    for (const path of found.paths.slice(1))
      for (const key of path.nodes) if (!main.includes(key)) expect(at.get(key)!.y).not.toBe(0);
  });

  it("with no path, still places both ends", () => {
    const found = connections(storyGraph(), "researcher", "loner");
    expect([...pathLayout(found).keys()].sort()).toEqual(["loner", "researcher"]);
  });
});

describe("fitting a chain into the graph's extent", () => {
  it("keeps the chain's proportions and centres it in the frame", () => {
    const chain = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 2, y: 1 }],
    ]);
    const out = fitInto(chain, [
      { x: -100, y: -100 },
      { x: 100, y: 100 },
    ]);
    expect(out.get("a")).toEqual({ x: -100, y: -50 });
    expect(out.get("b")).toEqual({ x: 100, y: 50 });
  });
});
