import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { KINDS } from "../../src/model";
import { datasetVersion } from "../../src/queries/version";
import { parseViewUrl, serialiseViewUrl } from "../../src/state/url";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

const graph = storyGraph();
const ctx = { graph, version: "0badc0de" };
const parse = (search: string) => parseViewUrl(search, ctx);

describe("parseViewUrl", () => {
  it("gives the default view for an empty query string, with no notices", () => {
    expect(parse("")).toEqual({ state: DEFAULT_VIEW, notices: [] });
    expect(parse("?v=0badc0de")).toEqual({ state: DEFAULT_VIEW, notices: [] });
  });

  it("reads every parameter", () => {
    const { state, notices } = parse(
      "?select=memo&q=rome%20memo&org=centre,forum&kinds=event,document&themes=rehab&from=2011-12&to=2013" +
        "&undated=0&fade=0&lineage=draft&path=centre,guidance&timely=1&layout=time&source=fixture-source&view=table&v=0badc0de",
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      select: "memo",
      edge: null,
      q: "rome memo",
      orgs: ["centre", "forum"],
      kinds: ["event", "document"],
      themes: ["rehab"],
      from: "2011-12",
      to: "2013",
      undated: false,
      fade: false,
      lineage: "draft",
      path: ["centre", "guidance"],
      timely: true,
      layout: "time",
      source: "fixture-source",
      view: "table",
      story: null,
      step: 1,
    } satisfies ViewState);
  });

  it("drops unknown and wrong-kind keys with a notice naming the parameter and value, keeping the rest", () => {
    const { state, notices } = parse("?select=nobody&org=centre,memo,ghost&themes=prisons,centre&lineage=forum&q=x");
    expect(state).toEqual({ ...DEFAULT_VIEW, orgs: ["centre"], themes: ["prisons"], q: "x" });
    expect(notices.map((n) => [n.param, n.level])).toEqual([
      ["select", "warning"],
      ["org", "warning"],
      ["org", "warning"],
      ["themes", "warning"],
      ["lineage", "warning"],
    ]);
    expect(notices[0]!.message).toContain('"nobody"');
    expect(notices[1]!.message).toBe(
      '"memo" is a document, not an organisation; it was left out of the organisation filter.',
    );
    expect(notices[2]!.message).toContain('No node "ghost"');
    expect(notices[4]!.message).toContain('"forum" is an organisation, not a document');
  });

  it("reports malformed dates, flags, kinds, layouts, paths and sources", () => {
    const { state, notices } = parse(
      "?from=2012-13&to=soon&undated=maybe&kinds=event,robots&layout=circle&view=list&path=centre&source=nope",
    );
    expect(state).toEqual({ ...DEFAULT_VIEW, kinds: ["event"] });
    const byParam = Object.fromEntries(notices.map((n) => [n.param, n.message]));
    expect(Object.keys(byParam).sort()).toEqual(["from", "kinds", "layout", "path", "source", "to", "undated", "view"]);
    expect(byParam.from).toContain('"2012-13" is not a date');
    expect(byParam.kinds).toContain('"robots" is not a kind');
    expect(byParam.path).toContain("two node keys");
    expect(parse("?path=memo,memo").notices[0]!.message).toContain("same node twice");
    expect(parse("?path=memo,ghost").state.path).toBeNull();
  });

  it("names unknown parameters, but not the dataset parameter the app reads", () => {
    const { state, notices } = parse("?zoom=3&select=memo&dataset=fixtures/x.json");
    expect(state.select).toBe("memo");
    expect(notices).toEqual([
      { level: "warning", param: "zoom", message: 'Unknown link parameter "zoom=3" was ignored.' },
    ]);
  });

  it("selects a relation by its edge key, and names an unknown one", () => {
    const { state, notices } = parse("?edge=centre--hosted--conference&org=centre");
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, edge: "centre--hosted--conference", orgs: ["centre"] });
    const unknown = parse("?edge=centre--hosted--nowhere&q=x");
    expect(unknown.state).toEqual({ ...DEFAULT_VIEW, q: "x" });
    expect(unknown.notices).toEqual([
      {
        level: "warning",
        param: "edge",
        message: 'No relation "centre--hosted--nowhere" in this dataset; no relation was selected.',
      },
    ]);
  });

  it("keeps the node when a link selects both a node and a relation, and says so", () => {
    const { state, notices } = parse("?select=memo&edge=centre--hosted--conference");
    expect(state).toEqual({ ...DEFAULT_VIEW, select: "memo" });
    expect(notices.map((n) => n.param)).toEqual(["edge"]);
    expect(notices[0]!.message).toContain('"memo" was selected');
  });

  it("says when the link was made for another version of the data", () => {
    const { state, notices } = parse("?select=memo&v=12345678");
    expect(state.select).toBe("memo");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: "info", param: "v" });
    expect(notices[0]!.message).toMatch(
      /^This link was made for another version of the data \(.*\); the data has changed since/,
    );
  });

  it("turns a reversed date range round, merges repeated lists and keeps the first of a repeated value", () => {
    expect(parse("?from=2013&to=2011").state).toMatchObject({ from: "2011", to: "2013" });
    expect(parse("?org=centre&org=forum").state.orgs).toEqual(["centre", "forum"]);
    const twice = parse("?select=memo&select=draft");
    expect(twice.state.select).toBe("memo");
    expect(twice.notices[0]!.param).toBe("select");
    expect(parse("?kinds=").state.kinds).toEqual([]);
  });

  it("reads a deep link into the real dataset", () => {
    const real = realGraph();
    const { state, notices } = parseViewUrl(`?select=${realKeyOf("Rome Memorandum")}&org=${realKeyOf("Hedayah")}`, {
      graph: real,
      version: "x",
    });
    expect(notices).toEqual([]);
    expect(state.select).toBe(realKeyOf("Rome Memorandum"));
    expect(state.orgs).toEqual([realKeyOf("Hedayah")]);
    const hosted = real.findEdge(
      realKeyOf("ICCT"),
      realKeyOf("Hague conference: Good Practices & Lessons Learned (December 2011)"),
      (_, a) => a.relation === "co-hosted",
    );
    expect(hosted).toBeDefined();
    expect(parseViewUrl(`?edge=${hosted}`, { graph: real, version: "x" })).toMatchObject({
      state: { edge: hosted },
      notices: [],
    });
  });
});

describe("serialiseViewUrl", () => {
  it("leaves defaults out but always carries the version", () => {
    expect(serialiseViewUrl(DEFAULT_VIEW, "0badc0de")).toBe("?v=0badc0de");
  });

  it("writes parameters in a stable order with readable lists", () => {
    const state: ViewState = {
      ...DEFAULT_VIEW,
      view: "table",
      path: ["a", "b"],
      orgs: ["x", "y"],
      select: "memo",
      q: "rome & co",
      undated: false,
    };
    expect(serialiseViewUrl(state, "v1")).toBe(
      "?select=memo&q=rome%20%26%20co&org=x,y&undated=0&path=a,b&view=table&v=v1",
    );
    expect(serialiseViewUrl({ ...DEFAULT_VIEW, edge: "a--hosted--b", q: "x" }, "v1")).toBe(
      "?edge=a--hosted--b&q=x&v=v1",
    );
    expect(serialiseViewUrl(DEFAULT_VIEW, "v1", { dataset: "fixtures/x.json" })).toBe(
      "?v=v1&dataset=fixtures%2Fx.json",
    );
  });

  it("round-trips: parse(serialise(s)) gives s back for every valid view, without notices", () => {
    const nodes = graph.nodes();
    const edges = graph.edges();
    const ofKind = (kind: string) => graph.filterNodes((_, a) => a.kind === kind);
    const date = fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
      .map(([y, m, d]) =>
        m === 0
          ? `${y}`
          : d === 0
            ? `${y}-${String(m).padStart(2, "0")}`
            : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      );
    const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const state: fc.Arbitrary<ViewState> = fc
      .record({
        select: orNull(fc.constantFrom(...nodes)),
        edge: orNull(fc.constantFrom(...edges)),
        q: fc.string({ unit: "grapheme" }),
        orgs: fc.uniqueArray(fc.constantFrom(...ofKind("organisation"))),
        kinds: orNull(fc.uniqueArray(fc.constantFrom(...KINDS))),
        themes: fc.uniqueArray(fc.constantFrom(...ofKind("theme"))),
        from: orNull(date),
        to: orNull(date),
        undated: fc.boolean(),
        fade: fc.boolean(),
        lineage: orNull(fc.constantFrom(...ofKind("document"))),
        path: orNull(
          fc.uniqueArray(fc.constantFrom(...nodes), { minLength: 2, maxLength: 2 }).map((p) => p as [string, string]),
        ),
        timely: fc.boolean(),
        layout: fc.constantFrom("force" as const, "time" as const),
        source: orNull(fc.constant("fixture-source")),
        view: fc.constantFrom("graph" as const, "table" as const),
        story: fc.constant(null),
        step: fc.constant(1),
      })
      .filter((s) => !s.from || !s.to || s.from.slice(0, 4) < s.to.slice(0, 4))
      .filter((s) => s.select === null || s.edge === null);
    const version = datasetVersion({ nodes });
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseViewUrl(serialiseViewUrl(s, version), { graph, version });
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});
