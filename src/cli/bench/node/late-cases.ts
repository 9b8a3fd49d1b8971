// Lineage and paths (issue 5) against bare graphology. Paths ignore direction, so the bare
// baseline is graphology's bidirectional BFS on an undirected copy of the graph built once,
// as a bare-graphology app would keep it; building that copy is a row of its own.
import { UndirectedGraph } from "graphology";

import type { DataGraph } from "../../../model";
import { lineage } from "../../../queries/lineage";
import { connections, kShortestPaths } from "../../../queries/paths";
import { projection } from "../../../queries/paths-yen";
import { bareShortestPath, bfsDocuments } from "./baselines";
import type { Landmarks } from "./landmarks";
import type { NodeCase } from "./node-suite";

/** The simplest undirected copy: one edge per linked pair. */
function undirectedCopy(graph: DataGraph): UndirectedGraph {
  const copy = new UndirectedGraph();
  graph.forEachNode((key) => copy.addNode(key));
  graph.forEachEdge((_, __, s, t) => copy.mergeEdge(s, t));
  return copy;
}

export function lateCases(graph: DataGraph, marks: Landmarks): NodeCase[] {
  const undirected = undirectedCopy(graph);
  const [a, b] = marks.far;
  const bare = () => bareShortestPath(undirected as unknown as DataGraph, a, b);
  return [
    {
      operation: "lineage of a document",
      baseline: "graphology BFS over documents",
      op: () => lineage(graph, marks.document),
      bare: () => bfsDocuments(graph, marks.document),
    },
    {
      operation: "undirected projection (paths)",
      baseline: "plain undirected copy",
      op: () => projection(graph),
      bare: () => undirectedCopy(graph),
    },
    {
      operation: `shortest path, ${marks.farDistance} hops`,
      baseline: "graphology bidirectional",
      op: () => kShortestPaths(graph, a, b, 1),
      bare,
    },
    {
      operation: "connections (3 paths, as the panel asks)",
      baseline: "graphology bidirectional",
      op: () => connections(graph, a, b, { k: 3 }),
      bare,
    },
  ];
}
