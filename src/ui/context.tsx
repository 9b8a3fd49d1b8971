// What the panels read from the session: the explorer context itself (src/context/), the view and
// the way to change it, and whether the canvas has drawn.
import { useExplorer, useStore } from "../context/explorer";
import type { ViewState } from "../state/view-state";

export { ExplorerProvider, useExplorer, useStore } from "../context/explorer";

/**
 * Whether the canvas's first frame is on screen: a panel not needed to read the graph (the filter
 * lists and their counts, the legend) renders after it, so the graph appears first.
 */
export function useCanvasDrawn(): boolean {
  return useStore(useExplorer().drawn);
}

export function useViewState(): ViewState {
  return useStore(useExplorer().view);
}

/** Apply a pure transition (from state/transitions.ts) to the view. */
export function useUpdateView(): (transition: (state: ViewState) => ViewState) => void {
  const { view } = useExplorer();
  return view.set;
}
