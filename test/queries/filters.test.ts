import { describe, expect, it } from "vitest";

import { countByKind, hasActiveFilters, visibleNodes, yearBounds, type FilterState } from "../../src/queries/filters";
import { footprint } from "../../src/queries/footprint";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { makeGraph, realGraph, realKeyOf, storyGraph } from "../fixtures/graphs";

// A ViewState is a FilterState as it is.
const NONE: FilterState = DEFAULT_VIEW;
const filters = (changes: Partial<FilterState>): FilterState => ({ ...NONE, ...changes });
const sorted = (set: Set<string> | null) => (set ? [...set].sort() : set);

describe("visibleNodes", () => {
  const graph = storyGraph();

  it("is null (everything visible) when no filter is active", () => {
    expect(hasActiveFilters(NONE)).toBe(false);
    expect(visibleNodes(graph, NONE)).toBeNull();
    for (const active of [
      { orgs: ["centre"] },
      { kinds: [] },
      { themes: ["rehab"] },
      { from: "2012" },
      { to: "2012" },
      { undated: false },
    ]) {
      expect(hasActiveFilters(filters(active))).toBe(true);
    }
  });

  it("keeps an organisation's footprint", () => {
    expect(sorted(visibleNodes(graph, filters({ orgs: ["centre"] })))).toEqual(sorted(footprint(graph, ["centre"])));
  });

  it("keeps the chosen kinds; an empty list keeps nothing", () => {
    expect(sorted(visibleNodes(graph, filters({ kinds: ["document"] })))).toEqual([
      "draft",
      "guidance",
      "memo",
      "toolkit",
    ]);
    expect(visibleNodes(graph, filters({ kinds: [] }))!.size).toBe(0);
  });

  it("keeps the chosen themes and what is directly linked to them", () => {
    expect(sorted(visibleNodes(graph, filters({ themes: ["prisons"] })))).toEqual(["institute", "memo", "prisons"]);
    expect(sorted(visibleNodes(graph, filters({ themes: ["prisons", "rehab"] })))).toEqual(
      ["conference", "institute", "memo", "prisons", "rehab"].sort(),
    );
    expect(() => visibleNodes(graph, filters({ themes: ["memo"] }))).toThrow('filters: unknown theme "memo"');
  });

  it("keeps nodes whose date span overlaps the range, undated ones unless undated is false", () => {
    const dated = (f: Partial<FilterState>) =>
      sorted(visibleNodes(graph, filters({ ...f, kinds: ["event", "document"] })));
    // The conference runs 6–9 December 2011; the draft is "2011-12", the whole month. The undated
    // toolkit builds only on the memo (June 2012), outside the range: not kept by it.
    expect(dated({ from: "2011-12-08", to: "2011-12-08" })).toEqual(["conference", "draft"]);
    // The draft alone is in the range, and linked to nothing else in it (the conference ended on
    // the 9th, the centre that prepared it is undated): nothing is left.
    expect(dated({ from: "2011-12-10", to: "2011-12-31", undated: false })).toEqual([]);
    expect(dated({ from: "2011-12-09", to: "2011-12-31", undated: false })).toEqual(["conference", "draft"]);
    expect(dated({ from: "2012" })).toEqual(["guidance", "memo", "plenary", "toolkit"]);
    expect(dated({ to: "2011", undated: false })).toEqual(["conference", "draft"]);
    expect(dated({ undated: false })).toEqual(["conference", "draft", "guidance", "memo", "plenary"]);
  });

  it("keeps an undated node by a year range only when something dated in the range is linked to it", () => {
    // 2012 on: the memo addresses prisons, the forum convened the plenary, the toolkit builds on the
    // memo. Rehabilitation is addressed only by the 2011 conference; the centre, the institute and
    // the researcher took part only in 2011; the loner in nothing.
    expect(sorted(visibleNodes(graph, filters({ from: "2012" })))).toEqual(
      ["forum", "guidance", "memo", "plenary", "prisons", "toolkit"].sort(),
    );
    expect(sorted(visibleNodes(graph, filters({ to: "2011" })))).toEqual(
      ["centre", "conference", "draft", "institute", "rehab", "researcher"].sort(),
    );
  });

  it("drops what is linked to nothing else the filters keep", () => {
    // Prisons and the institute are undated: of the prisons theme, only the memo is dated, and it
    // is linked to nothing else left.
    expect(sorted(visibleNodes(graph, filters({ themes: ["prisons"] })))).toEqual(["institute", "memo", "prisons"]);
    expect(visibleNodes(graph, filters({ themes: ["prisons"], undated: false }))!.size).toBe(0);
    // The institute's footprint holds the 2011 conference and undated prisons; in 2012 prisons would be
    // alone, and the undated rule drops it (nothing dated in 2012 is in the footprint).
    expect(visibleNodes(graph, filters({ orgs: ["institute"], from: "2012" }))!.size).toBe(0);
    // The forum's footprint is the forum, its plenary and the memo adopted there, all linked.
    expect(sorted(visibleNodes(graph, filters({ orgs: ["forum"] })))).toEqual(["forum", "memo", "plenary"]);
  });

  it("shows the kinds chosen of what the story filters keep, without dropping what they were linked to", () => {
    // Prisons is kept by 2012 through the memo; with documents unticked it is still shown.
    expect(sorted(visibleNodes(graph, filters({ from: "2012", kinds: ["theme"] })))).toEqual(["prisons"]);
    // A kind's count (the filter panel's note) is what ticking it would show.
    const all = visibleNodes(graph, filters({ from: "2012" }))!;
    const themesOnly = visibleNodes(graph, filters({ from: "2012", kinds: ["theme"] }))!;
    expect(countByKind(graph, all).theme).toBe(themesOnly.size);
    // Kinds alone drop nothing for being alone: both themes, though no theme links to another.
    expect(visibleNodes(graph, filters({ kinds: ["theme"] }))!.size).toBe(2);
  });

  it("shows nothing on the UNICRI 2012–2013 view that is linked to nothing else shown", () => {
    const real = realGraph();
    const unicri = realKeyOf("UNICRI");
    const visible = visibleNodes(real, filters({ orgs: [unicri], from: "2012", to: "2013" }))!;
    for (const key of visible) {
      expect(
        real.neighbors(key).some((other) => other !== key && visible.has(other)),
        key,
      ).toBe(true);
    }
    // Before this rule all 21 themes were kept, 7 of them linked to nothing on screen.
    const themes = [...visible].filter((key) => real.getNodeAttribute(key, "kind") === "theme");
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.length).toBeLessThan(21);
    expect(themes).not.toContain(realKeyOf("Involving former extremists"));
  });

  it("combines filters as an intersection", () => {
    const f = filters({ orgs: ["forum", "centre"], kinds: ["document", "event"], from: "2012" });
    expect(sorted(visibleNodes(graph, f))).toEqual(["memo", "plenary"]);
  });

  it("narrows the real dataset to Hedayah's footprint, a strict subset", () => {
    const real = realGraph();
    const visible = visibleNodes(real, filters({ orgs: [realKeyOf("Hedayah")] }))!;
    expect(visible.size).toBeGreaterThan(1);
    expect(visible.size).toBeLessThan(real.order);
  });
});

describe("countByKind", () => {
  it("counts every kind, all nodes or only the given ones", () => {
    const graph = storyGraph();
    expect(countByKind(graph)).toEqual({ event: 2, organisation: 4, person: 1, document: 4, theme: 2, other: 0 });
    expect(countByKind(graph, null)).toEqual(countByKind(graph));
    expect(countByKind(graph, new Set(["memo", "draft", "rehab"]))).toEqual({
      event: 0,
      organisation: 0,
      person: 0,
      document: 2,
      theme: 1,
      other: 0,
    });
  });
});

describe("yearBounds", () => {
  it("spans the years of dated nodes, ends included", () => {
    expect(yearBounds(storyGraph())).toEqual([2011, 2013]);
    const graph = makeGraph({ a: { kind: "event", start: "2009-05", end: "2014" }, b: { kind: "theme" } });
    expect(yearBounds(graph)).toEqual([2009, 2014]);
  });

  it("covers 2011 to 2013 at least in the real dataset", () => {
    const [min, max] = yearBounds(realGraph());
    expect(min).toBeLessThanOrEqual(2011);
    expect(max).toBeGreaterThanOrEqual(2013);
  });
});
