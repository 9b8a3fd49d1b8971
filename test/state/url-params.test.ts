import { describe, expect, it } from "vitest";

import { PASS_THROUGH_PARAMS, parseViewUrl, serialiseViewUrl, VIEW_PARAMS } from "../../src/state/url";
import { VIEW_PARAM_TABLE } from "../../src/state/url-params";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { storyGraph } from "../fixtures/graphs";

const ctx = { graph: storyGraph(), version: "0badc0de" };

describe("the link parameter table", () => {
  it("has one parameter for every field of the view, and one field for every parameter", () => {
    const fields = VIEW_PARAM_TABLE.map((p) => p.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  });

  it("names each parameter once, apart from the version and the app's own", () => {
    const names = VIEW_PARAM_TABLE.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const reserved of ["v", ...PASS_THROUGH_PARAMS]) expect(names).not.toContain(reserved);
    expect(VIEW_PARAMS).toEqual([...names, "v"]);
  });

  it("leaves every default out of the link", () => {
    for (const { name, field, write } of VIEW_PARAM_TABLE)
      expect([name, write(DEFAULT_VIEW[field], DEFAULT_VIEW)]).toEqual([name, null]);
    expect(serialiseViewUrl(DEFAULT_VIEW, "0badc0de")).toBe("?v=0badc0de");
  });

  it("reads back what each entry writes, alone in a link", () => {
    const views: Partial<ViewState>[] = [
      { select: "memo" },
      { edge: "memo--derived-from--draft" },
      { q: "rome & co" },
      { orgs: ["centre", "forum"] },
      { kinds: ["event"] },
      { kinds: [] },
      { themes: ["rehab"] },
      { from: "2011-12" },
      { to: "2013" },
      { undated: false },
      { fade: false },
      { lineage: "draft" },
      { path: ["centre", "guidance"] },
      { timely: true },
      { layout: "time" },
      { source: "fixture-source" },
      { view: "table" },
    ];
    // Every parameter is exercised above.
    expect(new Set(views.flatMap((v) => Object.keys(v)))).toEqual(new Set(Object.keys(DEFAULT_VIEW)));
    for (const changes of views) {
      const state = { ...DEFAULT_VIEW, ...changes };
      const search = serialiseViewUrl(state, ctx.version);
      expect(search.split("&")).toHaveLength(2);
      expect(parseViewUrl(search, ctx)).toEqual({ state, notices: [] });
    }
  });
});
