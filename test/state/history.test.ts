import { describe, expect, it } from "vitest";

import { bindHistory, type HistoryWindow } from "../../src/state/history";
import { openSession } from "../../src/state/session";
import { createStore } from "../../src/state/store";
import { selectNode, setLayout, setQuery, toggleOrg } from "../../src/state/transitions";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { storyGraph } from "../fixtures/graphs";

/** Just enough of a browser window: a history stack, a location, and popstate on back/forward. */
class FakeWindow implements HistoryWindow {
  entries: string[];
  states: unknown[];
  index = 0;
  pushes = 0;
  private listeners = new Set<() => void>();
  constructor(url: string, state: unknown = null) {
    this.entries = [url];
    this.states = [state];
  }
  get location() {
    const url = new URL(this.entries[this.index]!, "http://127.0.0.1");
    return { search: url.search, pathname: url.pathname, hash: url.hash };
  }
  get url() {
    return this.entries[this.index]!;
  }
  history = {
    get: () => this.states[this.index],
    pushState: (state: unknown, __: string, url?: string | null) => {
      this.entries = [...this.entries.slice(0, this.index + 1), url!];
      this.states = [...this.states.slice(0, this.index + 1), state];
      this.index += 1;
      this.pushes += 1;
    },
    replaceState: (state: unknown, __: string, url?: string | null) => {
      this.entries[this.index] = url!;
      this.states[this.index] = state;
    },
    get state() {
      return this.get();
    },
  };
  addEventListener(_: "popstate", listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_: "popstate", listener: () => void) {
    this.listeners.delete(listener);
  }
  go(delta: number) {
    this.index += delta;
    for (const listener of this.listeners) listener();
  }
}

const ctx = { graph: storyGraph(), version: "abcd1234" };

/** As the explorer starts: the address parsed once into a session, then bound to the history. */
function setup(url: string) {
  const win = new FakeWindow(url);
  const { session, notices } = openSession(ctx, win.location.search);
  const store = session.view;
  const dispose = bindHistory(store, ctx, win);
  return { win, store, notices, dispose };
}

describe("bindHistory", () => {
  it("loads the view from the address and reports what it could not use", () => {
    const { store, notices, win } = setup("/app/?select=memo&org=ghost&layout=time#top");
    expect(store.get()).toEqual({ ...DEFAULT_VIEW, select: "memo", layout: "time" });
    expect(notices.map((n) => n.param)).toEqual(["org"]);
    // The address is rewritten to what the view really is, keeping path and hash.
    expect(win.url).toBe("/app/?select=memo&layout=time&v=abcd1234#top");
    expect(win.entries).toHaveLength(1);
  });

  it("leaves a bare address alone until the view changes", () => {
    const { win } = setup("/");
    expect(win.url).toBe("/");
  });

  it("pushes an entry for each change of view, and Back/Forward restore the views", () => {
    const { win, store } = setup("/");
    store.set((s) => selectNode(s, "memo"));
    store.set((s) => toggleOrg(s, "centre"));
    expect(win.entries).toEqual(["/", "/?select=memo&v=abcd1234", "/?select=memo&org=centre&v=abcd1234"]);
    win.go(-1);
    expect(store.get()).toEqual({ ...DEFAULT_VIEW, select: "memo" });
    win.go(-1);
    expect(store.get()).toEqual(DEFAULT_VIEW);
    win.go(2);
    expect(store.get()).toEqual({ ...DEFAULT_VIEW, select: "memo", orgs: ["centre"] });
    expect(win.entries).toHaveLength(3);
  });

  it("replaces the entry while only the search text changes", () => {
    const { win, store } = setup("/?select=memo");
    for (const text of ["r", "ro", "rom"]) store.set((s) => setQuery(s, text));
    expect(win.pushes).toBe(0);
    expect(win.url).toBe("/?select=memo&q=rom&v=abcd1234");
    store.set((s) => setLayout(s, "time"));
    expect(win.pushes).toBe(1);
  });

  it("does not push when a change leaves the address as it was, nor while restoring", () => {
    const { win, store } = setup("/?select=memo");
    store.set((s) => ({ ...s }));
    expect(win.pushes).toBe(0);
    store.set((s) => selectNode(s, "draft"));
    win.go(-1);
    expect(win.pushes).toBe(1);
    expect(win.entries).toHaveLength(2);
  });

  it("keeps the dataset parameter the app loaded from", () => {
    const { win, store } = setup("/?dataset=fixtures/x.json");
    store.set((s) => selectNode(s, "memo"));
    expect(win.url).toBe("/?select=memo&v=abcd1234&dataset=fixtures%2Fx.json");
  });

  it("tags every entry it writes, and leaves Back to another dataset's entries alone", () => {
    // The page showed another dataset before this one (a file opened over it, say).
    const win = new FakeWindow("/?select=draft&layout=time&v=00000000");
    win.history.pushState({ file: "f1" }, "", "/");
    const store = createStore<ViewState>(DEFAULT_VIEW);
    const owns = (state: unknown) => (state as { file?: string } | null)?.file === "f1";
    bindHistory(store, ctx, win, { entry: { file: "f1" }, owns });
    store.set((s) => selectNode(s, "memo"));
    store.set((s) => setQuery(s, "rome"));
    expect(win.states).toEqual([null, { file: "f1" }, { file: "f1" }]);
    win.go(-1);
    expect(store.get()).toEqual(DEFAULT_VIEW);
    win.go(-1);
    // Not read against this graph (it has a "draft" too): the app is switching datasets.
    expect(store.get()).toEqual(DEFAULT_VIEW);
    win.go(2);
    expect(store.get()).toEqual({ ...DEFAULT_VIEW, select: "memo", q: "rome" });
  });

  it("stops following the store and the history once disposed", () => {
    const { win, store, dispose } = setup("/");
    dispose();
    store.set((s) => selectNode(s, "memo"));
    expect(win.entries).toEqual(["/"]);
    win.history.pushState(null, "", "/?select=draft");
    win.go(0);
    expect(store.get().select).toBe("memo");
  });
});
