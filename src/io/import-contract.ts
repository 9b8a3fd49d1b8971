// A data-contract JSON, checked by the model's loadDataset. When the text of a listed source was not
// given, its quotes cannot be checked: the loader refuses the dataset for that alone, so this module
// re-checks that it was the only complaint and then builds the graph from the same schema, marking
// every citation of that source unverified (ImportResult.unverified). Once loadDataset takes
// `{ verifyQuotes: false }` (see the io report), the rebuild below becomes that one call.
import { MultiDirectedGraph } from "graphology";

import {
  edgeKeyFor,
  type EdgeAttributes,
  type GraphAttributes,
  loadDataset,
  type NodeAttributes,
  type Problem,
  type SourceTexts,
} from "../model";
import { datasetSchema, serializedEdgeSchema, serializedNodeSchema } from "../model/schema";
import { freezeAttributes } from "./freeze";
import type { AnyGraph, ImportFormat, ImportResult } from "./types";

/** The loader's complaint that a listed source has no text (worded per source or per citation). */
function isMissingText(problem: Problem): boolean {
  return problem.severity === "error" && /has no text/.test(problem.message);
}

/** Builds the graph of a dataset the loader found sound apart from missing source texts. */
function build(json: unknown): AnyGraph | undefined {
  const top = datasetSchema.safeParse(json);
  if (!top.success) return undefined;
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(top.data.attributes as GraphAttributes);
  for (const raw of top.data.nodes) {
    const node = serializedNodeSchema.safeParse(raw);
    if (!node.success) return undefined;
    graph.addNode(node.data.key, node.data.attributes as NodeAttributes);
  }
  for (const raw of top.data.edges) {
    const edge = serializedEdgeSchema.safeParse(raw);
    if (!edge.success) return undefined;
    const { source, target, attributes } = edge.data;
    const key = edge.data.key ?? edgeKeyFor(source, attributes.relation, target);
    graph.addDirectedEdgeWithKey(key, source, target, attributes as EdgeAttributes);
  }
  return freezeAttributes(graph as unknown as AnyGraph);
}

export function importContract(
  json: unknown,
  sources: SourceTexts | undefined,
  file?: string,
  format: ImportFormat = "data-contract",
): ImportResult {
  const texts = sources ?? {};
  const loaded = loadDataset(json, texts, file ? { file } : {});
  const none = { nodes: 0, edges: 0 };
  if (loaded.ok)
    return { ok: true, format, graph: loaded.graph, unverified: new Set(), generic: none, warnings: loaded.warnings };
  const blocking = loaded.problems.filter((p) => p.severity === "error" && !isMissingText(p));
  const graph = blocking.length === 0 ? build(json) : undefined;
  if (!graph) return { ok: false, format, problems: loaded.problems };
  const unverified = new Set<string>();
  const warnings = loaded.problems.filter((p) => p.severity === "warning");
  graph.getAttribute("sources").forEach((s, i) => {
    if (typeof texts[s.id] === "string" && Object.hasOwn(texts, s.id)) return;
    unverified.add(s.id);
    warnings.push({
      ...(file ? { file } : {}),
      where: "graph",
      field: `attributes.sources[${i}]`,
      severity: "warning",
      message: `the text of source "${s.id}" was not given, so its quotes are shown unverified`,
    });
  });
  return { ok: true, format, graph, unverified, generic: none, warnings };
}
