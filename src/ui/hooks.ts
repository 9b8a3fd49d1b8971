// Hooks the panels share: the filter slice of the view, the set it leaves visible, and selection.
import { useCallback, useMemo } from "react";

import type { FilterState } from "../queries/filters";
import { selectNode } from "../state/transitions";
import { useExplorer, useUpdateView, useViewState } from "./context";

export function useFilterState(): FilterState {
  const { orgs, kinds, themes, from, to, undated } = useViewState();
  return useMemo(() => ({ orgs, kinds, themes, from, to, undated }), [orgs, kinds, themes, from, to, undated]);
}

/** Nodes the filters keep, or null when no filter is active (everything visible). */
export function useVisibleNodes(): Set<string> | null {
  const session = useExplorer();
  const filters = useFilterState();
  return useMemo(() => session.visible(filters), [session, filters]);
}

export function useSelect(): (key: string | null) => void {
  const update = useUpdateView();
  return useCallback((key: string | null) => update((state) => selectNode(state, key)), [update]);
}
