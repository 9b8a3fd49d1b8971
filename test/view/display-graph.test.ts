import { describe, expect, it } from "vitest";

import { KIND_STYLE } from "../../src/state/appearance";
import { buildDisplayGraph, LAYOUT_VIEWPORT_PX, nodeSize, shortLabel } from "../../src/view/display-graph";
import { makeGraph, realGraph, realKeyOf } from "../fixtures/graphs";

describe("shortLabel", () => {
  it("uses the acronym of an 'ACRONYM – Full name' label", () => {
    expect(shortLabel("ICCT – International Centre for Counter-Terrorism")).toBe("ICCT");
  });

  it("keeps short labels and cuts long ones at a word, with an ellipsis", () => {
    expect(shortLabel("Rome Memorandum")).toBe("Rome Memorandum");
    const cut = shortLabel("Seminar on Dialogue, Understanding and Countering the Appeal of Terrorism (June 2012)");
    expect(cut).toBe("Seminar on Dialogue…");
    expect(cut.length).toBeLessThanOrEqual(31);
  });
});

describe("nodeSize", () => {
  it("grows with degree and stops at a cap", () => {
    expect(nodeSize(4, 50)).toBeGreaterThan(nodeSize(1, 50));
    expect(nodeSize(10_000, 50)).toBe(nodeSize(100_000, 50));
  });
});

describe("buildDisplayGraph", () => {
  it("gives each kind its colour and shape, and hubs a bigger size", () => {
    const graph = makeGraph(
      { hub: { kind: "organisation" }, a: { kind: "event" }, b: { kind: "event" }, t: { kind: "theme" } },
      [
        ["hub", "hosted", "a"],
        ["hub", "hosted", "b"],
        ["a", "addresses", "t"],
      ],
    );
    const display = buildDisplayGraph(graph);
    expect(display.getNodeAttributes("hub")).toMatchObject({ ...KIND_STYLE.organisation, type: "shape" });
    expect(display.getNodeAttributes("t")).toMatchObject(KIND_STYLE.theme);
    expect(display.getNodeAttribute("hub", "size")).toBeGreaterThan(display.getNodeAttribute("t", "size"));
    expect(display.getEdgeAttributes("hub--hosted--a")).toMatchObject({ type: "arrow", relationLabel: "hosted" });
  });

  it("marks the few most connected nodes of the default dataset as hubs, the GCTF among them", () => {
    const data = realGraph();
    const display = buildDisplayGraph(data);
    const hubs = display.filterNodes((_, a) => a.hub);
    expect(hubs.length).toBe(6);
    expect(hubs).toContain(realKeyOf("GCTF – Global Counterterrorism Forum"));
    const least = Math.min(...hubs.map((k) => data.degree(k)));
    expect(data.filterNodes((k) => !hubs.includes(k) && data.degree(k) > least)).toEqual([]);
  });

  it("leaves no two nodes of the default dataset overlapping on screen", () => {
    const display = buildDisplayGraph(realGraph());
    // The canvas fits the layout's extent into about LAYOUT_VIEWPORT_PX (the assumption the layout makes).
    const xs = display.mapNodes((_, a) => a.x);
    const ys = display.mapNodes((_, a) => a.y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const pxPerUnit = LAYOUT_VIEWPORT_PX / extent;
    const nodes = display.mapNodes((key, a) => ({ key, x: a.x * pxPerUnit, y: a.y * pxPerUnit, r: a.size }));
    const overlapping: string[] = [];
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [p, q] = [nodes[i], nodes[j]];
        if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r) overlapping.push(`${p.key} / ${q.key}`);
      }
    expect(overlapping).toEqual([]);
  });

  it("gives every node a distinct name on the canvas, never cut", () => {
    const display = buildDisplayGraph(realGraph());
    const names = display.mapNodes((_, a) => a.label);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/…$/);
  });
});
