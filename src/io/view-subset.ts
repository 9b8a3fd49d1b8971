// The part of a graph an export covers: every node, or the current view (a set of node keys) with
// the edges whose two ends are both in it.
import type { Citation, DataGraph, EdgeAttributes, NodeAttributes, SourceRef } from "../model";
import type { ExportOptions } from "./types";

export interface SubsetNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SubsetEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface Subset {
  nodes: SubsetNode[];
  edges: SubsetEdge[];
  /** The graph's sources that something in the subset still cites, in the graph's order. */
  sources: SourceRef[];
  partial: boolean;
}

export function subsetOf(graph: DataGraph, options: ExportOptions = {}): Subset {
  const keys = options.keys ?? null;
  const nodes: SubsetNode[] = [];
  const edges: SubsetEdge[] = [];
  graph.forEachNode((key, attributes) => {
    if (!keys || keys.has(key)) nodes.push({ key, attributes });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (!keys || (keys.has(source) && keys.has(target))) edges.push({ key, source, target, attributes });
  });
  const cited = new Set<string>();
  const cite = (list: readonly Citation[]) => list.forEach((c) => cited.add(c.source));
  nodes.forEach((n) => cite(n.attributes.sources));
  edges.forEach((e) => cite(e.attributes.sources));
  const sources = (graph.getAttribute("sources") ?? []).filter((s) => cited.has(s.id));
  return { nodes, edges, sources, partial: keys !== null };
}

/** `veo-rehabilitation` or `veo-rehabilitation-view`, safe as a file name. */
export function baseName(graph: DataGraph, options: ExportOptions = {}): string {
  const id = String(graph.getAttribute("id") ?? "graph").replace(/[^A-Za-z0-9._-]+/g, "-") || "graph";
  return options.keys ? `${id}-view` : id;
}
