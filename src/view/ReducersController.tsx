// Renderless: turns the view and hover stores into sigma's node and edge reducers.
import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo } from "react";

import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import type { Chain } from "./chain";
import { edgeHoverStore } from "./edge-hover";
import { computeEmphasis, edgeReducerFor, nodeReducerFor } from "./reducers";
import { useStoreValue } from "./use-store";

interface Props {
  view: Store<ViewState>;
  hover: Store<string | null>;
  visible: ReadonlySet<string> | null;
  chain?: Chain | null;
  unrevealed?: ReadonlySet<string> | null;
}

export function ReducersController({ view, hover, visible, chain = null, unrevealed = null }: Props) {
  const sigma = useSigma();
  const { select, edge, orgs, fade, layout } = useStoreValue(view);
  const hovered = useStoreValue(hover);
  const hoveredEdge = useStoreValue(edgeHoverStore(sigma));
  const emphasis = useMemo(
    () =>
      computeEmphasis(sigma.getGraph(), {
        selected: select,
        hovered,
        edge,
        hoveredEdge,
        orgs,
        visible,
        fade,
        chain,
        unrevealed,
        quietEdges: layout === "time",
      }),
    [sigma, select, hovered, edge, hoveredEdge, orgs, visible, fade, chain, unrevealed, layout],
  );
  useEffect(() => {
    const graph = sigma.getGraph();
    // Both in one call: each settings change makes sigma process every node and edge again.
    sigma.setSettings({
      nodeReducer: nodeReducerFor(emphasis),
      edgeReducer: edgeReducerFor(emphasis, (edge) => graph.extremities(edge)),
    });
  }, [sigma, emphasis]);
  return null;
}
