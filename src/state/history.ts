// Keeps the view store and the browser history in step: the address bar always describes the
// view, each change of view is a history entry (so Back undoes it), and Back/Forward restore
// the view. Typing in the search box replaces the entry instead of adding one per key stroke.
// The page can show more than one dataset in a session (a file opened over the default one), so
// every entry a binding writes carries its `entry` as history state, and Back/Forward to an entry
// it does not own is left to the app (which switches datasets) instead of read against this graph.
// The store already holds the view the address links to (openSession parsed it, once, with its
// notices); Back and Forward parse the address they arrive at.
// No React: the explorer calls bindHistory once and disposes it on unmount.
import type { Store } from "./store";
import { parseViewUrl, PASS_THROUGH_PARAMS, serialiseViewUrl, type UrlContext } from "./url";
import type { ViewState } from "./view-state";

/** The parts of `window` this needs, so tests can pass a fake. */
export interface HistoryWindow {
  location: { search: string; pathname: string; hash: string };
  history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
}

export interface HistoryOptions {
  /** The history state written with every entry (null by default). */
  entry?: unknown;
  /** Whether Back/Forward arrived at an entry of this view's dataset (by its history state); all by default. */
  owns?: (state: unknown) => boolean;
}

/** Binds the store to the history; the returned function unbinds it. */
export function bindHistory(
  store: Store<ViewState>,
  ctx: UrlContext,
  win: HistoryWindow = window,
  { entry = null, owns = () => true }: HistoryOptions = {},
): () => void {
  const current = new URLSearchParams(win.location.search);
  const extra: Record<string, string> = {};
  for (const name of PASS_THROUGH_PARAMS) {
    const value = current.get(name);
    if (value !== null) extra[name] = value;
  }
  const urlOf = (state: ViewState) =>
    `${win.location.pathname}${serialiseViewUrl(state, ctx.version, extra)}${win.location.hash}`;
  const onlyQueryDiffers = (a: ViewState, b: ViewState) =>
    a.q !== b.q && urlOf({ ...a, q: "" }) === urlOf({ ...b, q: "" });

  let shown = store.get();
  let restoring = false;
  // A link with parameters is rewritten to its canonical form (what was dropped is in the notices);
  // a bare address stays bare until the view changes.
  if (win.location.search && serialiseViewUrl(shown, ctx.version, extra) !== win.location.search) {
    win.history.replaceState(entry, "", urlOf(shown));
  }

  const unsubscribe = store.subscribe(() => {
    const next = store.get();
    const previous = shown;
    shown = next;
    if (restoring || urlOf(next) === urlOf(previous)) return;
    if (onlyQueryDiffers(previous, next)) win.history.replaceState(entry, "", urlOf(next));
    else win.history.pushState(entry, "", urlOf(next));
  });

  const onPopState = () => {
    if (!owns(win.history.state)) return;
    const { state } = parseViewUrl(win.location.search, ctx);
    restoring = true;
    try {
      store.set(state);
    } finally {
      restoring = false;
    }
    shown = store.get();
  };
  win.addEventListener("popstate", onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
  };
}
