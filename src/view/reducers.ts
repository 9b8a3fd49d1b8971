// What is drawn, from state: hover, selection (of a node or a relation), filters and the chosen
// organisations become emphasis, and the reducers turn a display node or edge plus that emphasis
// into the attributes sigma draws. Pure: they return the attributes unchanged or new objects, and
// never write to the display graph or the data graph.
import type { Attributes } from "graphology-types";

import { FADED_COLOR } from "../state/appearance";
import type { Chain } from "./chain";
import type { DisplayEdge, DisplayNode } from "./display-graph";
import type { LabelPlace } from "./label-geometry";

export interface Emphasis {
  selected: string | null;
  hovered: string | null;
  /** The selected relation and its two ends: they stand out and the rest fades, unless a node is hovered. */
  edge: { key: string; source: string; target: string } | null;
  /** The relation under the pointer: named and drawn stronger. */
  hoveredEdge: string | null;
  /** Nodes whose labels win the label space whenever they have one (the chosen organisations). */
  labelFirst: ReadonlySet<string>;
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
  /** The chain is laid out on its own (the force layout): the rest is hidden, not faded. */
  chainLaidOut: boolean;
  /** Nodes the time player has not reached yet: hidden with their edges. */
  unrevealed: ReadonlySet<string> | null;
  /** Edges other than lineage links drawn only for what stands out (the time layout, where they cross the lanes). */
  quietEdges: boolean;
}

export interface EmphasisInput {
  selected: string | null;
  hovered: string | null;
  edge?: string | null;
  hoveredEdge?: string | null;
  /** The organisations chosen in the filter: always named. */
  orgs?: readonly string[];
  visible: ReadonlySet<string> | null;
  fade: boolean;
  chain?: Chain | null;
  chainLaidOut?: boolean;
  unrevealed?: ReadonlySet<string> | null;
  quietEdges?: boolean;
}

export interface NeighbourSource {
  hasNode(key: string): boolean;
  neighbors(key: string): string[];
  hasEdge(key: string): boolean;
  extremities(key: string): [string, string];
}

export const FADED_EDGE_COLOR = "#EDEDED";
export const FOCUS_EDGE_COLOR = "#4D4D4D";

export function computeEmphasis(graph: NeighbourSource, input: EmphasisInput): Emphasis {
  const selected = input.selected && graph.hasNode(input.selected) ? input.selected : null;
  const hovered = input.hovered && graph.hasNode(input.hovered) ? input.hovered : null;
  const chain = input.chain ?? null;
  const focus = hovered ?? (chain ? null : selected);
  const edgeKey = input.edge && graph.hasEdge(input.edge) ? input.edge : null;
  const ends = edgeKey ? graph.extremities(edgeKey) : null;
  const hoveredEdge = input.hoveredEdge && graph.hasEdge(input.hoveredEdge) ? input.hoveredEdge : null;
  return {
    selected,
    hovered,
    edge: edgeKey && ends ? { key: edgeKey, source: ends[0], target: ends[1] } : null,
    hoveredEdge,
    labelFirst: new Set((input.orgs ?? []).filter((key) => graph.hasNode(key))),
    focus,
    neighbours: new Set(focus ? graph.neighbors(focus) : []),
    visible: input.visible,
    fade: input.fade,
    chain,
    chainLaidOut: chain !== null && (input.chainLaidOut ?? false),
    unrevealed: input.unrevealed ?? null,
    quietEdges: input.quietEdges ?? false,
  };
}

export type DrawnNode = DisplayNode & {
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  /** The label drawer places this label before any other but the highlighted ones (labels.ts). */
  labelFirst?: boolean;
  labelPlace?: LabelPlace;
};
export type DrawnEdge = DisplayEdge & { hidden?: boolean; forceLabel?: boolean };

export function reduceNode(attrs: DisplayNode, key: string, e: Emphasis): DrawnNode {
  if (e.unrevealed?.has(key)) return { ...attrs, hidden: true };
  const filteredOut = e.visible !== null && !e.visible.has(key);
  // Most items of a large graph take one of two plain paths: each is O(1) from the precomputed
  // sets and allocates at most once (the attributes themselves are returned when nothing applies).
  if (!e.chain && !e.focus && !e.edge && key !== e.selected) {
    if (!filteredOut && !attrs.hub && !e.labelFirst.has(key)) return attrs;
    if (filteredOut && e.fade) return { ...attrs, color: FADED_COLOR, label: "", zIndex: 0 };
  }
  const out: DrawnNode = { ...attrs };
  const edgeEnd = e.edge !== null && (key === e.edge.source || key === e.edge.target);
  // The selection stays on screen even when a filter would hide it: it is what the reader is on.
  if (filteredOut && !e.fade && key !== e.selected && key !== e.hovered && !edgeEnd) return { ...out, hidden: true };
  if (filteredOut) Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  if (e.chain) {
    const inChain = e.chain.nodes.has(key);
    const inContext = !inChain && e.chain.context.has(key);
    // Laid out on its own, the chain is the whole picture: what is not part of it makes way.
    if (e.chainLaidOut && !inChain && !inContext && key !== e.hovered) return { ...out, hidden: true };
    // Side by side along a path, names go under their nodes, where the next node is not; a
    // lineage's events stand left of its documents, and so do their names.
    const place = !e.chainLaidOut
      ? {}
      : e.chain.kind === "path"
        ? { labelPlace: "below" as const }
        : inContext
          ? { labelPlace: "left" as const }
          : {};
    const caption = e.chain.captions.get(key);
    // A date the name already gives is not repeated ("Psychology guidance (2013) · May 2013").
    const year = caption?.slice(-4);
    const named =
      caption && !(year && /^\d{4}$/.test(year) && attrs.label.includes(year))
        ? `${attrs.label} · ${caption}`
        : attrs.label;
    if (inChain)
      Object.assign(out, place, {
        color: attrs.color,
        label: named,
        forceLabel: true,
        zIndex: 3,
        size: attrs.size + 2,
        // The ends (the traced document; the two ends of a connection) are named before the rest.
        ...(e.chain.ends.has(key) ? { labelFirst: true } : {}),
      });
    else if (inContext)
      Object.assign(out, place, { color: attrs.color, label: attrs.label, zIndex: 2, forceLabel: e.chainLaidOut });
    else Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  }
  if (e.focus && key !== e.focus) {
    if (e.neighbours.has(key)) Object.assign(out, { zIndex: 2, forceLabel: !filteredOut || e.fade });
    else Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  }
  // A selected relation is read like a selected node: its two ends named in full, the rest faded.
  if (e.edge && !e.focus && !e.chain && !edgeEnd) Object.assign(out, { color: FADED_COLOR, label: "", zIndex: 0 });
  if (key === e.focus || key === e.selected || (edgeEnd && !e.focus && !e.chain)) {
    Object.assign(out, { label: attrs.fullLabel, highlighted: true, forceLabel: true, zIndex: 3 });
    if (filteredOut) out.color = attrs.color;
  }
  // Hubs are put first at rest; a selection or an open chain decides what matters then.
  const restingHub = attrs.hub && !e.focus && !e.chain && !e.edge;
  if (out.label && (restingHub || e.labelFirst.has(key) || edgeEnd))
    Object.assign(out, { labelFirst: true, forceLabel: true });
  return out;
}

export function reduceEdge(attrs: DisplayEdge, key: string, e: Emphasis, source: string, target: string): DrawnEdge {
  if (e.unrevealed && (e.unrevealed.has(source) || e.unrevealed.has(target))) return { ...attrs, hidden: true };
  const filteredOut = e.visible !== null && (!e.visible.has(source) || !e.visible.has(target));
  const selected = e.edge?.key === key;
  // In the time layout every relation drawn at once would cross the lanes in a hairball: there only
  // lineage links, and the relations of what is hovered, selected or traced, are drawn.
  if (e.quietEdges && !attrs.lineage) {
    const touchesFocus = e.focus !== null && (source === e.focus || target === e.focus);
    const traced = e.chain !== null && (e.chain.edges.has(key) || e.chain.contextEdges.has(key));
    if (!selected && key !== e.hoveredEdge && !touchesFocus && !traced) return { ...attrs, hidden: true };
  }
  if (!e.chain && !e.focus && !e.edge && key !== e.hoveredEdge && !(e.quietEdges && !attrs.lineage)) {
    if (!filteredOut) return attrs;
    return e.fade ? { ...attrs, color: FADED_EDGE_COLOR, zIndex: 0 } : { ...attrs, hidden: true };
  }
  const out: DrawnEdge = { ...attrs };
  if (filteredOut && !e.fade && !selected) return { ...out, hidden: true };
  if (filteredOut) Object.assign(out, { color: FADED_EDGE_COLOR, zIndex: 0 });
  if (e.chain) {
    if (e.chainLaidOut && !e.chain.edges.has(key) && !e.chain.contextEdges.has(key)) return { ...out, hidden: true };
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
  if (e.edge && !e.focus && !e.chain && !selected) Object.assign(out, { color: FADED_EDGE_COLOR, zIndex: 0 });
  const strong = {
    color: attrs.lineage ? attrs.color : FOCUS_EDGE_COLOR,
    label: attrs.relationLabel,
    forceLabel: true,
  };
  if (selected) Object.assign(out, strong, { size: attrs.size + 2.5, zIndex: 3 });
  else if (key === e.hoveredEdge) Object.assign(out, strong, { size: attrs.size + 1.5, zIndex: 3 });
  return out;
}

/** Sigma's reducer signature over the typed reducers above. */
export function nodeReducerFor(e: Emphasis) {
  return (key: string, attrs: Attributes) => reduceNode(attrs as DisplayNode, key, e);
}

export function edgeReducerFor(e: Emphasis, extremities: (key: string) => [string, string]) {
  // At rest with no filter nothing depends on the ends: skip looking them up.
  const plain = !e.chain && !e.focus && !e.edge && !e.visible && !e.unrevealed && !e.quietEdges;
  return (key: string, attrs: Attributes) => {
    if (plain && key !== e.hoveredEdge) return attrs as DisplayEdge;
    const [source, target] = extremities(key);
    return reduceEdge(attrs as DisplayEdge, key, e, source, target);
  };
}
