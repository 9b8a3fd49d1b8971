// Hooks the panels share: the filter slice of the view, the set it leaves visible, and selection.
// Several panels need the visible set at once, so the last result is kept and reused while the
// filters and the graph are unchanged (transitions keep unchanged arrays by identity).
import { useCallback, useMemo } from "react";

import type { DataGraph } from "../model";
import { visibleNodes, type FilterState } from "../queries/filters";
import { selectNode } from "../state/transitions";
import { useExplorer, useUpdateView, useViewState } from "./context";

export function useFilterState(): FilterState {
  const { orgs, kinds, themes, from, to, undated } = useViewState();
  return useMemo(() => ({ orgs, kinds, themes, from, to, undated }), [orgs, kinds, themes, from, to, undated]);
}

let last: { graph: DataGraph; filters: FilterState; visible: Set<string> | null } | null = null;

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

/** Nodes the filters keep, or null when no filter is active (everything visible). */
export function visibleFor(graph: DataGraph, filters: FilterState): Set<string> | null {
  if (last && last.graph === graph && sameFilters(last.filters, filters)) return last.visible;
  const visible = visibleNodes(graph, filters);
  last = { graph, filters, visible };
  return visible;
}

export function useVisibleNodes(): Set<string> | null {
  const { graph } = useExplorer();
  const filters = useFilterState();
  return useMemo(() => visibleFor(graph, filters), [graph, filters]);
}

export function useSelect(): (key: string | null) => void {
  const update = useUpdateView();
  return useCallback((key: string | null) => update((state) => selectNode(state, key)), [update]);
}
