import { describe, expect, it } from "vitest";

import {
  CONVERGE_FROM,
  forceLayout,
  iterationsFor,
  LARGE_GRAPH,
  layoutFromInput,
  layoutInput,
  seededRandom,
  startPositions,
} from "../../src/queries/layout";
import { makeGraph, realGraph } from "../fixtures/graphs";

const chain = (keys: string[]) =>
  makeGraph(
    Object.fromEntries(keys.map((k) => [k, { kind: "event" as const }])),
    keys.slice(1).map((k, i) => [keys[i], "preceded", k] as const),
  );

describe("forceLayout", () => {
  it("places the same dataset the same way every time", () => {
    const graph = realGraph();
    const a = forceLayout(graph);
    const b = forceLayout(graph);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it("does not depend on the order the nodes were added in", () => {
    const keys = ["a", "b", "c", "d", "e", "f"];
    const forward = forceLayout(chain(keys));
    const backward = forceLayout(
      makeGraph(
        Object.fromEntries([...keys].reverse().map((k) => [k, { kind: "event" as const }])),
        keys.slice(1).map((k, i) => [keys[i], "preceded", k] as const),
      ),
    );
    for (const key of keys) expect(backward.get(key)).toEqual(forward.get(key));
  });

  it("gives every node a finite position, including isolated ones and empty graphs", () => {
    const graph = makeGraph({ lone: { kind: "theme" }, a: { kind: "event" }, b: { kind: "event" } }, [
      ["a", "preceded", "b"],
    ]);
    const positions = forceLayout(graph);
    expect(positions.size).toBe(3);
    for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(forceLayout(makeGraph({})).size).toBe(0);
  });

  it("never writes to the data graph", () => {
    const graph = chain(["a", "b", "c"]);
    const before = JSON.stringify(graph.export());
    forceLayout(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("layoutFromInput (what the layout worker runs)", () => {
  it("survives structured cloning and gives the synchronous layout's positions", () => {
    const graph = realGraph();
    const input = structuredClone(layoutInput(graph));
    const reports: number[] = [];
    const positions = layoutFromInput(input, (done, total, xy) => {
      reports.push(done);
      expect(done).toBeLessThanOrEqual(total);
      expect(xy()).toHaveLength(graph.order * 2);
    });
    expect([...positions.entries()]).toEqual([...forceLayout(graph).entries()]);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.at(-1)).toBe(600);
  });

  it("stops a graph of 1,000 nodes once it has converged, its linked nodes drawn close", () => {
    // Ten clusters of 100 nodes, each node linked to four of its own cluster and now and then to another.
    const random = seededRandom(3);
    const order = 1000;
    expect(order).toBeGreaterThan(CONVERGE_FROM);
    const keys = Array.from({ length: order }, (_, i) => `n${i}`);
    const edges: number[] = [];
    for (let i = 0; i < order; i++)
      for (let k = 0; k < 4; k++) {
        const other =
          random() < 0.05 ? Math.floor(random() * order) : Math.floor(i / 100) * 100 + Math.floor(random() * 100);
        if (other !== i) edges.push(i, other);
      }
    const input = { keys, edges: Uint32Array.from(edges), sizes: new Float64Array(order).fill(3) };
    const reports: number[] = [];
    const positions = layoutFromInput(
      { ...input, labelWidths: new Float64Array(0), labelHeight: 16, viewportPx: 800, marginPx: 4, seed: 1 },
      (done) => reports.push(done),
    );
    expect(reports.at(-1)).toBeLessThan(iterationsFor(order));
    const at = (i: number) => positions.get(`n${i}`)!;
    const distance = (a: number, b: number) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    const mean = (pairs: [number, number][]) => pairs.reduce((sum, [a, b]) => sum + distance(a, b), 0) / pairs.length;
    const linked = Array.from(
      { length: edges.length / 2 },
      (_, e) => [edges[2 * e]!, edges[2 * e + 1]!] as [number, number],
    );
    const anyPair = Array.from(
      { length: 2000 },
      () => [Math.floor(random() * order), Math.floor(random() * order)] as [number, number],
    );
    expect(mean(linked)).toBeLessThan(0.5 * mean(anyPair));
  });

  it("reports where the layout has got to, starting from the seeded starting points", () => {
    const graph = chain(["a", "b", "c", "d"]);
    const input = layoutInput(graph);
    const start = startPositions(input.keys, input.seed);
    let first: Float64Array | null = null;
    layoutFromInput(input, (_done, _total, xy) => (first ??= xy()));
    const moved = input.keys.some((key, i) => first![i * 2] !== start.get(key)!.x);
    expect(moved).toBe(true);
    expect(startPositions(input.keys, input.seed)).toEqual(start);
  });
});

describe("iterationsFor", () => {
  it("gives small graphs the full 600 and larger ones fewer, never under 60", () => {
    expect(iterationsFor(80)).toBe(600);
    expect(iterationsFor(LARGE_GRAPH)).toBe(600);
    const sizes = [LARGE_GRAPH + 1, 10_000, 50_000, 200_000];
    const counts = sizes.map(iterationsFor);
    expect(counts[0]).toBeLessThan(600);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
    expect(iterationsFor(50_000)).toBe(60);
    expect(Math.min(...counts)).toBe(60);
  });
});

describe("seededRandom", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const v of first) expect(v >= 0 && v < 1).toBe(true);
  });
});
