// The graph sigma draws, built once from the data graph: positions from the layout, size by
// importance, colour and shape by kind, short labels. Hover, selection and filters are applied on
// top of it by the reducers (reducers.ts); neither this graph nor the data graph changes for them.
import Graph from "graphology";

import { type DataGraph, type EdgeAttributes, isLineage, type Kind, relationSpec } from "../model";
import { givenPositions, givenSizes } from "../queries/given-drawing";
import { forceLayout, type LayoutOptions, type Positions, startPositions } from "../queries/layout";
import { EDGE_COLOR, KIND_STYLE, type KindShape, LINEAGE_EDGE_COLOR } from "../state/appearance";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  /** What is drawn next to the node at rest: short enough not to crowd its neighbours. */
  label: string;
  /** The whole label, drawn on hover and selection. */
  fullLabel: string;
  kind: Kind;
  shape: KindShape;
  /** One of the few most connected nodes: its label wins the label space (labels.ts). */
  hub: boolean;
  type: "shape";
  zIndex: number;
}

export interface DisplayEdge {
  size: number;
  color: string;
  /** The relation in words ("hosted"), drawn only on hover and selection. */
  relationLabel: string;
  label: string;
  lineage: boolean;
  type: "arrow";
  zIndex: number;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/** A relation in words: the file's own word for a generic one ("supports"), else the vocabulary's. */
const edgeWords = (attrs: EdgeAttributes) => (attrs.label ?? relationSpec(attrs.relation).label).toLowerCase();

const MAX_LABEL = 30;
/** How many of the most connected nodes are always named: one in twelve, at most six. */
export const hubCount = (order: number) => Math.min(6, Math.ceil(order / 12));

/** "ICCT – International Centre…" → "ICCT"; otherwise cut at a word boundary. */
export function shortLabel(label: string): string {
  const acronym = /^(\S{2,12}) – /.exec(label);
  if (acronym) return acronym[1];
  if (label.length <= MAX_LABEL) return label;
  const cut = label.slice(0, MAX_LABEL);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}

export const baseSize = (nodeCount: number) => (nodeCount > 2000 ? 2 : 5);

/** Radius in pixels: grows with the square root of degree, so hubs stand out without swamping. */
export function nodeSize(degree: number, nodeCount: number): number {
  const base = baseSize(nodeCount);
  return Math.min(base + 1.8 * Math.sqrt(degree), base * 3);
}

/** Each node's radius as drawn: the file's own size, scaled into the same range, else by degree. */
export function drawnSizes(graph: DataGraph): (key: string) => number {
  const base = baseSize(graph.order);
  const given = givenSizes(graph, base, base * 3);
  return (key) => given.get(key) ?? nodeSize(graph.degree(key), graph.order);
}

/**
 * Up to this many nodes the force layout is computed before the first frame (a few tens of
 * milliseconds, and the picture never moves); above it the first frame shows the layout's seeded
 * starting points and a worker computes the rest (use-worker-layout.ts).
 */
export const SYNC_LAYOUT_MAX = 100;

/** The force layout's options for the canvas: node sizes as drawn, a margin that fits the size. */
export function displayLayoutOptions(graph: DataGraph): LayoutOptions {
  const order = graph.order;
  return {
    nodeSize: drawnSizes(graph),
    marginPx: order > 2000 ? 1 : 10,
    // Room for every name at the fitted view of a canvas about this size (the wide layout's).
    viewportPx: LAYOUT_VIEWPORT_PX,
    // Themes are many and small: they are named where there is room, but make none.
    labelWidth: (key) => {
      const attrs = graph.getNodeAttributes(key);
      return attrs.kind === "theme" ? 0 : labelWidth(canvasName(attrs));
    },
    labelHeight: LABEL_SIZE + 4,
  };
}

/** The size of node names on the canvas, in pixels. */
export const LABEL_SIZE = 14;

/** The canvas's side that the layout makes room for names in, in pixels, less sigma's padding. */
export const LAYOUT_VIEWPORT_PX = 650;

/** The name the canvas draws: the short name, else the label cut at a word. */
export function canvasName(attrs: { label: string; short?: string }): string {
  return attrs.short ?? shortLabel(attrs.label);
}

/** A name's width in pixels at the canvas's label size, from its length: the layout runs where no text can be measured. */
export function labelWidth(name: string): number {
  return Math.ceil(name.length * LABEL_SIZE * CHAR_WIDTH) + 4;
}

/** Average advance of a character of the label font, as a share of its size (measured in Chromium). */
const CHAR_WIDTH = 0.58;

/**
 * Positions omitted: the file's own when it has them (no layout runs), else the force layout for
 * small graphs and the layout's starting points for larger ones (the caller then runs the layout
 * off the page). A file's own colours win over the kind's.
 */
export function buildDisplayGraph(graph: DataGraph, positions?: Positions): DisplayGraph {
  const order = graph.order;
  const sizeOf = drawnSizes(graph);
  const layout =
    positions ??
    givenPositions(graph) ??
    (order <= SYNC_LAYOUT_MAX
      ? forceLayout(graph, displayLayoutOptions(graph))
      : startPositions([...graph.nodes()].sort(), displayLayoutOptions(graph).seed));
  const display: DisplayGraph = new Graph({ type: "directed", multi: true });
  const hubs = new Set(
    graph
      .nodes()
      .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
      .slice(0, hubCount(order)),
  );
  graph.forEachNode((key, attrs) => {
    const position = layout.get(key) ?? { x: 0, y: 0 };
    display.addNode(key, displayNode({ ...position, ...attrs, size: sizeOf(key), hub: hubs.has(key) }));
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const lineage = isLineage(attrs.relation);
    display.addDirectedEdgeWithKey(key, source, target, displayEdge(lineage, attrs.color, edgeWords(attrs)));
  });
  return display;
}

/** How a node is drawn: its kind's colour and shape unless the file gives a colour. */
export function displayNode(node: {
  x: number;
  y: number;
  size: number;
  color?: string;
  label: string;
  short?: string;
  kind: Kind;
  hub: boolean;
}): DisplayNode {
  const style = KIND_STYLE[node.kind];
  return {
    x: node.x,
    y: node.y,
    size: node.size,
    color: node.color ?? style.color,
    label: canvasName(node),
    fullLabel: node.label,
    kind: node.kind,
    shape: style.shape,
    hub: node.hub,
    type: "shape",
    zIndex: 1,
  };
}

/** How an edge is drawn: lineage thicker, in its own colour, above the rest. */
export function displayEdge(lineage: boolean, color: string | undefined, relationLabel: string): DisplayEdge {
  return {
    size: lineage ? 2.5 : 1.2,
    color: color ?? (lineage ? LINEAGE_EDGE_COLOR : EDGE_COLOR),
    relationLabel,
    label: "",
    lineage,
    type: "arrow",
    zIndex: lineage ? 1 : 0,
  };
}
