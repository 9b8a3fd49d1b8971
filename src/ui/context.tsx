// The explorer's React context: the data graph, the view store and the hover store. Hooks fail
// loudly outside the provider, so a panel mounted in the wrong place is caught at once.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

import type { DataGraph, SourceTexts } from "../model";
import { createStore, type Store } from "../state/store";
import type { ViewState } from "../state/view-state";

export interface ExplorerContextValue {
  graph: DataGraph;
  /** Short hash of the dataset's content; links carry it as `v=`. */
  version: string;
  view: Store<ViewState>;
  /** Node key under the pointer (or focused in a list); not part of the URL. */
  hover: Store<string | null>;
  /** Full text of the sources that have one (the source reader shows them); absent: none. */
  texts?: SourceTexts;
  /** True once the canvas has drawn its first frame; absent: no canvas to wait for. */
  drawn?: Store<boolean>;
}

const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function ExplorerProvider({ value, children }: { value: ExplorerContextValue; children: ReactNode }) {
  return <ExplorerContext.Provider value={value}>{children}</ExplorerContext.Provider>;
}

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer: used outside <ExplorerProvider>");
  return value;
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

const DRAWN = createStore(true);

/**
 * Whether the canvas's first frame is on screen: a panel not needed to read the graph (the filter
 * lists and their counts, the legend) renders after it, so the graph appears first.
 */
export function useCanvasDrawn(): boolean {
  return useStore(useExplorer().drawn ?? DRAWN);
}

export function useViewState(): ViewState {
  return useStore(useExplorer().view);
}

/** Apply a pure transition (from state/transitions.ts) to the view. */
export function useUpdateView(): (transition: (state: ViewState) => ViewState) => void {
  const { view } = useExplorer();
  return view.set;
}

export function useHover(): [string | null, (key: string | null) => void] {
  const { hover } = useExplorer();
  return [useStore(hover), hover.set];
}
