// Export in the data contract (docs/data-contract.md): the same shape as graph-data/*.json,
// so the file loads back into the explorer and into `npm run validate`. Graph attributes are kept;
// the sources list keeps only the sources something exported still cites, and stories only the whole graph.
import type { DataGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../model";
import type { ExportFile, ExportOptions } from "./types";
import { baseName, subsetOf } from "./view-subset";

export interface ContractJson {
  attributes: GraphAttributes;
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

export function toContractJson(graph: DataGraph, options: ExportOptions = {}): ContractJson {
  const subset = subsetOf(graph, options);
  // A story's steps name nodes a view may have left out, so only the whole graph keeps its stories.
  const { stories, ...attributes } = graph.getAttributes() as GraphAttributes;
  const whole = subset.nodes.length === graph.order && subset.edges.length === graph.size;
  return {
    attributes: { ...attributes, ...(stories && whole ? { stories } : {}), sources: subset.sources },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: subset.nodes.map(({ key, attributes }) => ({ key, attributes })),
    edges: subset.edges.map(({ key, source, target, attributes }) => ({ key, source, target, attributes })),
  };
}

export function exportJson(graph: DataGraph, options: ExportOptions = {}): ExportFile {
  return {
    filename: `${baseName(graph, options)}.json`,
    mime: "application/json",
    text: JSON.stringify(toContractJson(graph, options), null, 2) + "\n",
  };
}
