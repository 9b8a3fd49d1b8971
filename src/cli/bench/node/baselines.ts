// The bare-library baselines each query is compared with: what graphology alone does for the
// same walk, without the app's relation and kind rules, ranking or validation.
import { MultiDirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { bfsFromNode } from "graphology-traversal";

import { foldForSearch, type DataGraph } from "../../../model";

/** graph.import of the parsed JSON, no validation. */
export function bareImport(text: string): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  graph.import(JSON.parse(text));
  return graph;
}

/**
 * Plain BFS from each organisation over the nodes a footprint expands: the organisation (hop 0)
 * and the events next to it (hop 1), without looking at relation names.
 */
export function bfsFootprint(graph: DataGraph, orgs: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const org of orgs) {
    bfsFromNode(
      graph,
      org,
      (node, attrs, depth) => {
        seen.add(node);
        return depth >= 2 || (depth === 1 && attrs.kind !== "event");
      },
      { mode: "directed" },
    );
  }
  return seen;
}

/** Plain BFS both ways from a document, through documents only. */
export function bfsDocuments(graph: DataGraph, doc: string): Set<string> {
  const seen = new Set<string>();
  for (const mode of ["out", "in"] as const) {
    bfsFromNode(
      graph,
      doc,
      (node, attrs) => {
        seen.add(node);
        return attrs.kind !== "document";
      },
      { mode },
    );
  }
  return seen;
}

/** graphology-shortest-path's unweighted bidirectional search, ignoring edge direction. */
export function bareShortestPath(undirected: DataGraph, a: string, b: string): string[] | null {
  return bidirectional(undirected, a, b);
}

export interface PlainNames {
  keys: string[];
  names: string[];
}

/** The folded label and aliases of every node, one string each: what a plain scan searches. */
export function plainNames(graph: DataGraph): PlainNames {
  const keys: string[] = [];
  const names: string[] = [];
  graph.forEachNode((key, attrs) => {
    keys.push(key);
    names.push(foldForSearch([attrs.label, ...(attrs.aliases ?? [])].join("\n")));
  });
  return { keys, names };
}

/** Array scan: every node whose names contain the query, first `limit` in graph order. */
export function scanNames(plain: PlainNames, text: string, limit = 10): string[] {
  const query = foldForSearch(text);
  const hits: string[] = [];
  for (let i = 0; i < plain.names.length; i++)
    if ((plain.names[i] as string).includes(query)) hits.push(plain.keys[i] as string);
  return hits.slice(0, limit);
}
