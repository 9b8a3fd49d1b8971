// Renderless: turns the view and hover stores into what sigma's node and edge reducers draw.
// The reducers themselves are set once, with sigma's first settings (createReducerSlot, called by
// GraphView with the emphasis of the first render), since every settings change makes sigma
// reprocess the whole graph; a change of emphasis then swaps what they draw and refreshes once.
import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo } from "react";
import type { Settings } from "sigma/settings";

import { useStore } from "../context/explorer";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import type { Chain } from "./chain";
import type { DisplayGraph } from "./display-graph";
import { computeEmphasis, edgeReducerFor, type Emphasis, type EmphasisInput, nodeReducerFor } from "./reducers";

export interface ReducerSlot {
  /** Sigma's reducer settings, for its first settings. */
  settings: Pick<Settings, "nodeReducer" | "edgeReducer">;
  /** Draws this emphasis from the next refresh on; false when it is what is drawn already. */
  set(emphasis: Emphasis): boolean;
  /** From the next refresh on, hides every node not in `keys` and the edges touching one (null: none). */
  restrict(keys: ReadonlySet<string> | null): void;
}

/** What the emphasis is computed from, out of the view state and the rest. */
export function emphasisInput(
  state: ViewState,
  hovered: string | null,
  hoveredEdge: string | null,
  visible: ReadonlySet<string> | null,
  chain: Chain | null,
  unrevealed: ReadonlySet<string> | null,
): EmphasisInput {
  const { select, edge, orgs, fade, layout } = state;
  return {
    selected: select,
    hovered,
    edge,
    hoveredEdge,
    orgs,
    visible,
    fade,
    chain,
    chainLaidOut: layout === "force",
    unrevealed,
    quietEdges: layout === "time",
  };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));

function sameEmphasis(a: Emphasis, b: Emphasis): boolean {
  return (
    a.selected === b.selected &&
    a.hovered === b.hovered &&
    a.edge?.key === b.edge?.key &&
    a.hoveredEdge === b.hoveredEdge &&
    a.focus === b.focus &&
    a.visible === b.visible &&
    a.fade === b.fade &&
    a.chain === b.chain &&
    a.chainLaidOut === b.chainLaidOut &&
    a.unrevealed === b.unrevealed &&
    a.quietEdges === b.quietEdges &&
    sameSet(a.labelFirst, b.labelFirst)
  );
}

export function createReducerSlot(display: DisplayGraph, first: Emphasis): ReducerSlot {
  let current = first;
  let node = nodeReducerFor(first);
  let edge = edgeReducerFor(first, (key) => display.extremities(key));
  // Only for the picture of the current view: the reducers below keep the selection in sight.
  let only: ReadonlySet<string> | null = null;
  const outside = (key: string) => {
    const [source, target] = display.extremities(key);
    return !only!.has(source) || !only!.has(target);
  };
  return {
    settings: {
      nodeReducer: (key, attrs) => (only && !only.has(key) ? { ...attrs, hidden: true } : node(key, attrs)),
      edgeReducer: (key, attrs) => (only && outside(key) ? { ...attrs, hidden: true } : edge(key, attrs)),
    },
    restrict(keys) {
      only = keys;
    },
    set(emphasis) {
      if (sameEmphasis(current, emphasis)) return false;
      current = emphasis;
      node = nodeReducerFor(emphasis);
      edge = edgeReducerFor(emphasis, (key) => display.extremities(key));
      return true;
    },
  };
}

interface Props {
  slot: ReducerSlot;
  view: Store<ViewState>;
  hover: Store<string | null>;
  edgeHover: Store<string | null>;
  visible: ReadonlySet<string> | null;
  chain?: Chain | null;
  unrevealed?: ReadonlySet<string> | null;
}

export function ReducersController({ slot, view, hover, edgeHover, visible, chain = null, unrevealed = null }: Props) {
  const sigma = useSigma();
  const state = useStore(view);
  const hovered = useStore(hover);
  const hoveredEdge = useStore(edgeHover);
  const { select, edge, orgs, fade, layout } = state;
  const emphasis = useMemo(
    () => computeEmphasis(sigma.getGraph(), emphasisInput(state, hovered, hoveredEdge, visible, chain, unrevealed)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these fields of the view state matter
    [sigma, select, hovered, edge, hoveredEdge, orgs, visible, fade, chain, unrevealed, layout],
  );
  useEffect(() => {
    // One whole-graph pass: process now, draw on the next frame.
    if (slot.set(emphasis)) sigma.scheduleRefresh();
  }, [sigma, slot, emphasis]);
  return null;
}
