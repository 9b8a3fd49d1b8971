import { describe, expect, it } from "vitest";

import type { DataGraph } from "../../src/model";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { connections, isTimeRespecting, kShortestPaths } from "../../src/queries/paths";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

/** Every simple path between two nodes, direction ignored, by brute force. */
function allSimplePaths(graph: DataGraph, source: string, target: string): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === target) return void out.push(path);
    for (const next of new Set(graph.neighbors(last))) if (!path.includes(next)) walk([...path, next]);
  };
  walk([source]);
  return out;
}

describe("kShortestPaths", () => {
  const graph = storyGraph();

  it("finds the shortest chain first, each hop with its edge, direction, sentence and citations", () => {
    const [first] = kShortestPaths(graph, "centre", "guidance");
    expect(first!.nodes).toEqual(["centre", "draft", "memo", "guidance"]);
    expect(first!.hops[0]).toEqual({
      from: "centre",
      to: "draft",
      edge: "centre--prepared--draft",
      relation: "prepared",
      forward: true,
      sentence: "International Centre prepared Good practices draft",
      sources: [{ source: "fixture-source", quote: "centre prepared draft" }],
    });
    expect(first!.hops[1]).toMatchObject({ edge: "memo--derived-from--draft", forward: false });
    expect(first!.hops[1]!.sentence).toBe("Rome Memorandum was derived from Good practices draft");
  });

  it("gives the k shortest simple paths, as short as brute force says they can be", () => {
    for (const [s, t] of [
      ["centre", "guidance"],
      ["researcher", "prisons"],
      ["forum", "rehab"],
    ] as const) {
      const paths = kShortestPaths(graph, s, t, 4);
      const lengths = allSimplePaths(graph, s, t)
        .map((p) => p.length)
        .sort((a, b) => a - b);
      expect(paths.map((p) => p.nodes.length)).toEqual(lengths.slice(0, 4));
      const ids = paths.map((p) => p.nodes.join(">"));
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of paths) {
        expect(new Set(p.nodes).size).toBe(p.nodes.length);
        expect([p.nodes[0], p.nodes.at(-1)]).toEqual([s, t]);
      }
    }
  });

  it("returns fewer paths when fewer exist, and fails on unknown or identical ends", () => {
    const graph2 = makeGraph({ a: { kind: "organisation" }, e: { kind: "event" } }, [["a", "hosted", "e"]]);
    expect(kShortestPaths(graph2, "a", "e", 3).map((p) => p.nodes)).toEqual([["a", "e"]]);
    expect(() => kShortestPaths(graph, "centre", "ghost")).toThrow('paths: unknown node "ghost"');
    expect(() => kShortestPaths(graph, "memo", "memo")).toThrow('paths: source and target are the same node "memo"');
  });
});

describe("connections", () => {
  // s hosted a 2015 event at which a 2013 document was considered: short, but backwards in time.
  // The long way round (2011 event → 2012 document → 2013 document) moves forwards.
  const timeGraph = makeGraph(
    {
      s: { kind: "organisation" },
      e2015: { kind: "event", start: "2015" },
      t: { kind: "document", start: "2013" },
      e2011: { kind: "event", start: "2011" },
      d: { kind: "document", start: "2012" },
    },
    [
      ["s", "hosted", "e2015"],
      ["t", "considered-at", "e2015"],
      ["s", "hosted", "e2011"],
      ["d", "produced-at", "e2011"],
      ["t", "builds-on", "d"],
    ],
  );

  it("offers a few paths, three by default", () => {
    const result = connections(storyGraph(), "centre", "guidance");
    expect(result.noPath).toBeNull();
    expect(result.paths).toHaveLength(3);
    expect(connections(storyGraph(), "centre", "guidance", { k: 1 }).paths).toHaveLength(1);
  });

  it("keeps only time-respecting paths when asked", () => {
    expect(connections(timeGraph, "s", "t").paths[0]!.nodes).toEqual(["s", "e2015", "t"]);
    const timely = connections(timeGraph, "s", "t", { timely: true });
    expect(timely.paths.map((p) => p.nodes)).toEqual([["s", "e2011", "d", "t"]]);
    expect(timely.paths.every((p) => isTimeRespecting(timeGraph, p))).toBe(true);
  });

  it("checks dated relations too, and treats a coarse date as the span it covers", () => {
    const graph = makeGraph(
      {
        a: { kind: "event", start: "2012-06-10" },
        b: { kind: "document", start: "2012-06" },
        c: { kind: "event", start: "2012" },
      },
      [
        ["b", "considered-at", "a"],
        ["b", "discussed-at", "c", { start: "2011" }],
      ],
    );
    const [ab] = kShortestPaths(graph, "a", "b");
    expect(isTimeRespecting(graph, ab!)).toBe(true); // June 2012 may be after 10 June 2012
    const [ac] = kShortestPaths(graph, "a", "c");
    expect(isTimeRespecting(graph, ac!)).toBe(false); // the 2011 discussion comes after June 2012
  });

  it("says when every path goes back in time", () => {
    const result = connections(timeGraph, "e2015", "d", { timely: true });
    expect(result.paths).toEqual([]);
    expect(result.noPath).toMatchObject({ reason: "untimely" });
    expect(result.noPath!.shortest!.nodes[0]).toBe("e2015");
    expect(result.noPath!.message).toContain("goes back in time");
  });

  it("says when the two are in different components: a missing link", () => {
    const result = connections(storyGraph(), "loner", "memo");
    expect(result.noPath).toMatchObject({ reason: "disconnected", hidden: [], blocking: [] });
    expect(result.noPath!.message).toBe(
      '"Unrelated Body" and "Rome Memorandum" are not connected: no chain of relations joins them in this dataset, so a link between them is missing from the data.',
    );
  });

  it("says which filter hides a node on every path, and which nodes", () => {
    const filters = { ...DEFAULT_VIEW, kinds: ["organisation" as const, "event" as const] };
    const result = connections(storyGraph(), "centre", "forum", { filters });
    expect(result.paths).toEqual([]);
    expect(result.noPath).toMatchObject({ reason: "filtered", blocking: ["kinds"], hidden: ["draft", "memo"] });
    expect(result.noPath!.message).toContain('"Good practices draft", "Rome Memorandum", hidden by the kinds filter');
    // With documents shown again the same filters let a path through.
    const open = connections(storyGraph(), "centre", "forum", { filters: { ...filters, kinds: null, from: "2011" } });
    expect(open.paths[0]!.nodes).toEqual(["centre", "draft", "memo", "plenary", "forum"]);
  });

  it("says when only the filters together leave no path", () => {
    const graph = makeGraph(
      {
        a: { kind: "event", start: "2012" },
        b: { kind: "event", start: "2013" },
        x: { kind: "theme" },
        y: { kind: "person", start: "2001" },
      },
      [
        ["a", "addresses", "x"],
        ["b", "addresses", "x"],
        ["y", "attended", "a"],
        ["y", "attended", "b"],
      ],
    );
    const filters = { ...DEFAULT_VIEW, kinds: ["event" as const, "person" as const], from: "2010" };
    const result = connections(graph, "a", "b", { filters });
    expect(result.noPath).toMatchObject({ reason: "filtered", blocking: [] });
    expect(result.noPath!.message).toContain("hidden by the filters together");
  });

  it("says when an end itself is hidden by the filters", () => {
    const filters = { ...DEFAULT_VIEW, kinds: ["event" as const] };
    const result = connections(storyGraph(), "centre", "plenary", { filters });
    expect(result.noPath).toMatchObject({ reason: "hidden-endpoint", hidden: ["centre"] });
  });

  it("links Ban Ki-moon to Hedayah in the real dataset with a quote on every hop", () => {
    const graph = realGraph();
    const result = connections(graph, realKeyOf("Ban Ki-moon"), realKeyOf("Hedayah"));
    expect(result.noPath).toBeNull();
    expect(result.paths.length).toBeGreaterThan(1);
    for (const path of result.paths) {
      expect(path.nodes[0]).toBe(realKeyOf("Ban Ki-moon"));
      expect(path.nodes.at(-1)).toBe(realKeyOf("Hedayah"));
      for (const hop of path.hops) {
        expect(hop.sources.length).toBeGreaterThan(0);
        expect(hop.sources.every((s) => s.quote.length > 0)).toBe(true);
      }
    }
    const lengths = result.paths.map((p) => p.hops.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it("finds a forwards-in-time path from ICCT to the psychology guidance in the real dataset", () => {
    const graph = realGraph();
    const result = connections(
      graph,
      realKeyOf("ICCT"),
      realKeyOf(
        "Additional Guidance on the Role of Psychologists/Psychology in Rehabilitation and Reintegration Programs",
      ),
      { timely: true },
    );
    expect(result.paths.length).toBeGreaterThan(0);
    for (const path of result.paths) expect(isTimeRespecting(graph, path)).toBe(true);
  });
});
