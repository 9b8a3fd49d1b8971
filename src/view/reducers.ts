// What is drawn, from state: hover, selection and filters become emphasis, and the reducers turn a
// display node or edge plus that emphasis into the attributes sigma draws. Pure: they return new
// objects and never write to the display graph or the data graph.
import type { Attributes } from "graphology-types";

import { FADED_COLOR } from "../state/appearance";
import type { Chain } from "./chain";
import type { DisplayEdge, DisplayNode } from "./display-graph";

export interface Emphasis {
  selected: string | null;
  hovered: string | null;
  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  focus: string | null;
  /** Neighbours of `focus` (either direction). */
  neighbours: ReadonlySet<string>;
  /** Nodes the filters keep; null when no filter is active. */
  visible: ReadonlySet<string> | null;
  /** Filtered-out items are faded (true) or hidden (false). */
  fade: boolean;
  /** An open lineage or connection: it stands out and the rest fades (the selection then gives no focus). */
  chain: Chain | null;
  /** Nodes the time player has not reached yet: hidden with their edges. */
  unrevealed: ReadonlySet<string> | null;
}

export interface EmphasisInput {
  selected: string | null;
  hovered: string | null;
  visible: ReadonlySet<string> | null;
  fade: boolean;
  chain?: Chain | null;
  unrevealed?: ReadonlySet<string> | null;
}

export interface NeighbourSource {
  hasNode(key: string): boolean;
  neighbors(key: string): string[];
}

export const FADED_EDGE_COLOR = "#EDEDED";
export const FOCUS_EDGE_COLOR = "#4D4D4D";

export function computeEmphasis(graph: NeighbourSource, input: EmphasisInput): Emphasis {
  const selected = input.selected && graph.hasNode(input.selected) ? input.selected : null;
  const hovered = input.hovered && graph.hasNode(input.hovered) ? input.hovered : null;
  const chain = input.chain ?? null;
  const focus = hovered ?? (chain ? null : selected);
  return {
    selected,
    hovered,
    focus,
    neighbours: new Set(focus ? graph.neighbors(focus) : []),
    visible: input.visible,
    fade: input.fade,
    chain,
    unrevealed: input.unrevealed ?? null,
  };
}

export type DrawnNode = DisplayNode & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean };
export type DrawnEdge = DisplayEdge & { hidden?: boolean; forceLabel?: boolean };

export function reduceNode(attrs: DisplayNode, key: string, e: Emphasis): DrawnNode {
  const out: DrawnNode = { ...attrs };
  if (e.unrevealed?.has(key)) return { ...out, hidden: true };
  const filteredOut = e.visible !== null && !e.visible.has(key);
  // The selected node stays on screen even when a filter would hide it: it is what the reader is on.
  if (filteredOut && !e.fade && key !== e.selected && key !== e.hovered) return { ...out, hidden: true };
  if (filteredOut) Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  if (e.chain) {
    if (e.chain.nodes.has(key))
      Object.assign(out, {
        color: attrs.color,
        label: attrs.label,
        forceLabel: true,
        zIndex: 3,
        size: attrs.size + 2,
      });
    else if (e.chain.context.has(key)) Object.assign(out, { color: attrs.color, label: attrs.label, zIndex: 2 });
    else Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  }
  if (e.focus && key !== e.focus) {
    if (e.neighbours.has(key)) Object.assign(out, { zIndex: 2, forceLabel: !filteredOut || e.fade });
    else Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  }
  if (key === e.focus || key === e.selected) {
    Object.assign(out, { label: attrs.fullLabel, highlighted: true, forceLabel: true, zIndex: 3 });
    if (filteredOut) out.color = attrs.color;
  }
  return out;
}

export function reduceEdge(attrs: DisplayEdge, key: string, e: Emphasis, source: string, target: string): DrawnEdge {
  const out: DrawnEdge = { ...attrs };
  if (e.unrevealed && (e.unrevealed.has(source) || e.unrevealed.has(target))) return { ...out, hidden: true };
  const filteredOut = e.visible !== null && (!e.visible.has(source) || !e.visible.has(target));
  if (filteredOut && !e.fade) return { ...out, hidden: true };
  if (filteredOut) Object.assign(out, { color: FADED_EDGE_COLOR, zIndex: 0 });
  if (e.chain) {
    if (e.chain.edges.has(key))
      Object.assign(out, {
        color: attrs.lineage ? attrs.color : FOCUS_EDGE_COLOR,
        size: attrs.size + 2.5,
        label: attrs.relationLabel,
        forceLabel: true,
        zIndex: 3,
      });
    else if (e.chain.contextEdges.has(key)) Object.assign(out, { color: attrs.color, zIndex: 1 });
    else Object.assign(out, { color: FADED_EDGE_COLOR, zIndex: 0 });
  }
  if (e.focus) {
    const touches = source === e.focus || target === e.focus;
    if (touches)
      Object.assign(out, {
        color: attrs.lineage ? attrs.color : FOCUS_EDGE_COLOR,
        size: attrs.size + 1,
        label: attrs.relationLabel,
        forceLabel: true,
        zIndex: 2,
      });
    else Object.assign(out, { color: FADED_EDGE_COLOR, zIndex: 0 });
  }
  return out;
}

/** Sigma's reducer signature over the typed reducers above. */
export function nodeReducerFor(e: Emphasis) {
  return (key: string, attrs: Attributes) => reduceNode(attrs as DisplayNode, key, e);
}

export function edgeReducerFor(e: Emphasis, extremities: (key: string) => [string, string]) {
  return (key: string, attrs: Attributes) => {
    const [source, target] = extremities(key);
    return reduceEdge(attrs as DisplayEdge, key, e, source, target);
  };
}
