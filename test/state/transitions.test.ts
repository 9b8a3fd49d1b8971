import { describe, expect, it } from "vitest";

import * as t from "../../src/state/transitions";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...changes });

describe("transitions", () => {
  it("return the same object when nothing changes, so the store does not notify", () => {
    const s = view({ select: "a", orgs: ["x"], kinds: ["event"], path: ["a", "b"] });
    expect(t.selectNode(s, "a")).toBe(s);
    expect(t.setOrgs(s, ["x"])).toBe(s);
    expect(t.setKinds(s, ["event"])).toBe(s);
    expect(t.setPath(s, ["a", "b"])).toBe(s);
    expect(t.setQuery(s, "")).toBe(s);
    expect(t.setFade(s, true)).toBe(s);
    expect(t.setLayout(s, "force")).toBe(s);
    expect(t.setViewMode(s, "graph")).toBe(s);
    expect(t.openSource(s, null)).toBe(s);
    expect(t.setLineage(s, null)).toBe(s);
    expect(t.setTimely(s, false)).toBe(s);
    expect(t.clearFilters(view())).toEqual(view());
    const clear = view();
    expect(t.clearFilters(clear)).toBe(clear);
  });

  it("select a node or a relation, never both: choosing one lets go of the other", () => {
    const onNode = view({ select: "memo" });
    const onEdge = t.selectEdge(onNode, "memo--adopted-at--plenary");
    expect(onEdge).toMatchObject({ select: null, edge: "memo--adopted-at--plenary" });
    expect(t.selectNode(onEdge, "plenary")).toMatchObject({ select: "plenary", edge: null });
    expect(t.selectNode(onEdge, null)).toMatchObject({ select: null, edge: null });
    expect(t.selectEdge(onEdge, null)).toEqual(view());
    expect(t.selectEdge(onEdge, "memo--adopted-at--plenary")).toBe(onEdge);
    // Letting go of no edge leaves the selected node alone.
    expect(t.selectEdge(onNode, null)).toBe(onNode);
  });

  it("never mutate the state they are given", () => {
    const s = view({ orgs: ["x"] });
    const frozen = Object.freeze({ ...s, orgs: Object.freeze([...s.orgs]) as string[] });
    const next = t.toggleOrg(frozen, "y");
    expect(next.orgs).toEqual(["x", "y"]);
    expect(frozen.orgs).toEqual(["x"]);
  });

  it("select, search, lineage, path, source, layout and view mode set their field", () => {
    expect(t.selectNode(view(), "memo").select).toBe("memo");
    expect(t.selectNode(view({ select: "memo" }), null).select).toBeNull();
    expect(t.setQuery(view(), "icct").q).toBe("icct");
    expect(t.setLineage(view(), "memo").lineage).toBe("memo");
    expect(t.setPath(view(), ["a", "b"]).path).toEqual(["a", "b"]);
    expect(t.setPath(view({ path: ["a", "b"] }), ["b", "a"]).path).toEqual(["b", "a"]);
    expect(t.setPath(view({ path: ["a", "b"] }), null).path).toBeNull();
    expect(t.setTimely(view(), true).timely).toBe(true);
    expect(t.openSource(view(), "seed").source).toBe("seed");
    expect(t.setLayout(view(), "time").layout).toBe("time");
    expect(t.setViewMode(view(), "table").view).toBe("table");
  });

  it("toggle organisations and themes in and out, keeping the order they were chosen in", () => {
    let s = t.toggleOrg(view(), "b");
    s = t.toggleOrg(s, "a");
    expect(s.orgs).toEqual(["b", "a"]);
    expect(t.toggleOrg(s, "b").orgs).toEqual(["a"]);
    expect(t.setOrgs(view(), ["a", "a", "c"]).orgs).toEqual(["a", "c"]);
    const th = t.toggleTheme(t.toggleTheme(view(), "rehab"), "prisons");
    expect(th.themes).toEqual(["rehab", "prisons"]);
    expect(t.toggleTheme(th, "rehab").themes).toEqual(["prisons"]);
    expect(t.setThemes(view(), ["x", "x"]).themes).toEqual(["x"]);
  });

  it("toggle kinds from 'all kinds' and back to null when every kind is chosen again", () => {
    const noEvents = t.toggleKind(view(), "event");
    expect(noEvents.kinds).toEqual(["organisation", "person", "document", "theme", "other"]);
    expect(t.toggleKind(noEvents, "event").kinds).toBeNull();
    expect(t.setKinds(view(), ["theme", "event", "theme"]).kinds).toEqual(["event", "theme"]);
    expect(t.setKinds(view(), []).kinds).toEqual([]);
    expect(t.setKinds(view({ kinds: ["event"] }), null).kinds).toBeNull();
  });

  it("set a date range, putting a reversed one the right way round", () => {
    expect(t.setDateRange(view(), "2011", "2012-06")).toMatchObject({ from: "2011", to: "2012-06" });
    expect(t.setDateRange(view(), "2013", "2011")).toMatchObject({ from: "2011", to: "2013" });
    expect(t.setDateRange(view(), null, "2012")).toMatchObject({ from: null, to: "2012" });
    // "2011-05" to "2011" is not reversed: the year runs to December.
    expect(t.setDateRange(view(), "2011-05", "2011")).toMatchObject({ from: "2011-05", to: "2011" });
    expect(t.setUndated(view(), false).undated).toBe(false);
  });

  it("clear every filter but keep selection, search, lineage and display choices", () => {
    const s = view({
      select: "memo",
      q: "rome",
      orgs: ["a"],
      kinds: ["event"],
      themes: ["t"],
      from: "2011",
      to: "2012",
      undated: false,
      fade: false,
      lineage: "memo",
      layout: "time",
    });
    expect(t.clearFilters(s)).toEqual({
      ...s,
      orgs: [],
      kinds: null,
      themes: [],
      from: null,
      to: null,
      undated: true,
    });
  });
});
