// One explorer session: the dataset on screen and every short-lived store beside the view.
// The view (a ViewState) is what the address bar carries; the rest lives only while the page does:
// what the pointer is over, the time player, whether the canvas has drawn, and what the canvas
// offers the panels. The app builds one session per dataset shown and hands it, through one React
// context (src/context/), to the panels (ui/) and the canvas (view/), which may not import each other.
import type { DataGraph, SourceTexts } from "../model";
import { type FilterState, visibleNodes } from "../queries/filters";
import type { CanvasPort } from "./canvas-port";
import { createStore, type Store } from "./store";
import { parseViewUrl, type Notice } from "./url";
import type { QuoteSelector } from "../model";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

/** A cited passage the source reader should bring into view when it opens ("Show in source"). */
export interface QuoteFocus {
  source: string;
  quote: string;
  /** Picks the occurrence when the same words stand in the source twice. */
  selector?: QuoteSelector;
}

export interface Session {
  graph: DataGraph;
  /** Short hash of the dataset's content; links carry it as `v=`. */
  version: string;
  /** Full text of the sources that have one (the source reader shows them). */
  texts: SourceTexts;
  /** The view, bound to the address bar (state/history.ts). */
  view: Store<ViewState>;
  /** Node key under the pointer (or focused in a list). */
  hover: Store<string | null>;
  /** Relation under the pointer; only the canvas draws it. */
  edgeHover: Store<string | null>;
  /** The time player's step (an index into playSteps), null when it is not on. */
  playhead: Store<number | null>;
  /** The attribute the legend colours nodes by (a partition), null: the file's or the kind's colours. */
  colourBy: Store<string | null>;
  /** Whether the time player is playing: the status line words its moment by it. */
  playing: Store<boolean>;
  /** True once the canvas has drawn its first frame: panels that can wait render after it. */
  drawn: Store<boolean>;
  /** The mounted canvas's picture and node positions (for export), null while none is drawn. */
  canvas: Store<CanvasPort | null>;
  /** The passage the source reader scrolls to when it opens; not part of the link. */
  sourceFocus: Store<QuoteFocus | null>;
  /** Set by "Show this link" just before the details switch to a relation, so focus follows. */
  edgeHeadingFocus: Store<boolean>;
  /**
   * Nodes the filters keep, or null when none is active. Several panels ask at once, so the last
   * answer is kept while the filters are unchanged (transitions keep unchanged arrays by identity).
   */
  visible(filters: FilterState): Set<string> | null;
}

export interface SessionData {
  graph: DataGraph;
  version: string;
  texts?: SourceTexts;
}

function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    a.orgs === b.orgs &&
    a.kinds === b.kinds &&
    a.themes === b.themes &&
    a.from === b.from &&
    a.to === b.to &&
    a.undated === b.undated
  );
}

export function createSession(
  { graph, version, texts = {} }: SessionData,
  view: ViewState = DEFAULT_VIEW,
  { drawn = false }: { drawn?: boolean } = {},
): Session {
  let last: { filters: FilterState; visible: Set<string> | null } | null = null;
  return {
    graph,
    version,
    texts,
    view: createStore(view),
    hover: createStore<string | null>(null),
    edgeHover: createStore<string | null>(null),
    playhead: createStore<number | null>(null),
    colourBy: createStore<string | null>(null),
    playing: createStore(false),
    drawn: createStore(drawn),
    canvas: createStore<CanvasPort | null>(null),
    sourceFocus: createStore<QuoteFocus | null>(null),
    edgeHeadingFocus: createStore(false),
    visible(filters) {
      if (last && sameFilters(last.filters, filters)) return last.visible;
      last = { filters, visible: visibleNodes(graph, filters) };
      return last.visible;
    },
  };
}

/**
 * The session a page address opens: the view it links to, and a notice for each part of it that
 * could not be used. The address is parsed here only; bindHistory starts from this view.
 */
export function openSession(data: SessionData, search: string): { session: Session; notices: Notice[] } {
  const { state, notices } = parseViewUrl(search, { graph: data.graph, version: data.version });
  return { session: createSession(data, state), notices };
}
