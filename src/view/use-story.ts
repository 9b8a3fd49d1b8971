// What the open story asks the canvas to show: the chain of the open lineage (else of the open
// connection; the panel shows the same one) and the nodes the time player has not reached.
import { useMemo } from "react";

import { useStore } from "../context/explorer";
import type { DataGraph } from "../model";
import { cachedConnections, cachedLineage, cachedPlaySteps, CONNECTION_PATHS } from "../queries/cached";
import { unrevealedAt } from "../queries/playback";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import { lineageChain, pathChain, type Chain } from "./chain";

const isDocument = (graph: DataGraph, key: string) =>
  graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "document";

export function useChain(graph: DataGraph, view: Store<ViewState>): Chain | null {
  const { lineage, path, timely, orgs, kinds, themes, from, to, undated } = useStore(view);
  return useMemo(() => {
    if (lineage && isDocument(graph, lineage)) return lineageChain(cachedLineage(graph, lineage));
    if (!path || path[0] === path[1] || !graph.hasNode(path[0]) || !graph.hasNode(path[1])) return null;
    const filters = { orgs, kinds, themes, from, to, undated };
    return pathChain(cachedConnections(graph, path[0], path[1], { k: CONNECTION_PATHS, timely, filters }));
  }, [graph, lineage, path, timely, orgs, kinds, themes, from, to, undated]);
}

export function useUnrevealed(graph: DataGraph, playhead: Store<number | null>): ReadonlySet<string> | null {
  const step = useStore(playhead);
  return useMemo(() => (step === null ? null : unrevealedAt(cachedPlaySteps(graph), step)), [graph, step]);
}
