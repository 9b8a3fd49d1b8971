import { describe, expect, it } from "vitest";

import { visibleNodes } from "../../src/queries/filters";
import { createSession, openSession } from "../../src/state/session";
import { toggleOrg } from "../../src/state/transitions";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { storyGraph } from "../fixtures/graphs";

const data = { graph: storyGraph(), version: "abcd1234" };

describe("openSession", () => {
  it("starts from the view the address links to, with a notice for what it could not use", () => {
    const { session, notices } = openSession(data, "?select=memo&org=ghost&layout=time");
    expect(session.view.get()).toEqual({ ...DEFAULT_VIEW, select: "memo", layout: "time" });
    expect(notices.map((n) => n.param)).toEqual(["org"]);
  });

  it("starts every short-lived store empty: nothing hovered, no player, no canvas yet", () => {
    const { session } = openSession(data, "");
    expect(session.view.get()).toEqual(DEFAULT_VIEW);
    expect([session.hover.get(), session.edgeHover.get(), session.playhead.get()]).toEqual([null, null, null]);
    expect([session.playing.get(), session.drawn.get()]).toEqual([false, false]);
    expect(session.canvas.get()).toBeNull();
    expect(session.texts).toEqual({});
  });

  it("gives two sessions stores of their own", () => {
    const a = createSession(data);
    const b = createSession(data);
    a.hover.set("memo");
    a.playing.set(true);
    expect([b.hover.get(), b.playing.get()]).toEqual([null, false]);
  });
});

describe("session.visible", () => {
  it("is what the filters keep, and the same set while the filters are unchanged", () => {
    const session = createSession(data, toggleOrg(DEFAULT_VIEW, "centre"));
    const filters = session.view.get();
    const first = session.visible(filters);
    expect(first).toEqual(visibleNodes(data.graph, filters));
    expect(session.visible({ ...filters })).toBe(first);
    const wider = toggleOrg(filters, "forum");
    expect(session.visible(wider)).toEqual(visibleNodes(data.graph, wider));
    expect(session.visible(wider)).not.toBe(first);
  });

  it("is null with no filter active (everything visible)", () => {
    expect(createSession(data).visible(DEFAULT_VIEW)).toBeNull();
  });
});
