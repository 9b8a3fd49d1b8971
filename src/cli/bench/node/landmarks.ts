// What each benchmark query is asked about, chosen from the graph the same way at every size:
// the busiest organisations (the worst case a user can click), the document with the most lineage
// links, two nodes far apart, a common prefix and one organisation's alias.
import { undirectedSingleSourceLength } from "graphology-shortest-path/unweighted";

import { isLineage, type DataGraph } from "../../../model";

export interface Landmarks {
  orgOne: string[];
  orgThree: string[];
  document: string;
  far: [string, string];
  farDistance: number;
  prefix: string;
  alias: string;
}

function farthest(graph: DataGraph, from: string): [string, number] {
  const lengths = undirectedSingleSourceLength(graph, from);
  let best: [string, number] = [from, 0];
  for (const [node, length] of Object.entries(lengths)) if (length > best[1]) best = [node, length];
  return best;
}

export function pickLandmarks(graph: DataGraph): Landmarks {
  const byDegree = (kind: string) =>
    graph.filterNodes((_, a) => a.kind === kind).sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  const orgs = byDegree("organisation");
  const lineageDegree = (doc: string) => graph.filterEdges(doc, (_, a) => isLineage(a.relation)).length;
  const documents = byDegree("document").sort((a, b) => lineageDegree(b) - lineageDegree(a));
  // Double sweep: the node farthest from anywhere, then the node farthest from it.
  const [u] = farthest(graph, graph.nodes()[0] as string);
  const [v, distance] = farthest(graph, u);
  const middle = orgs[Math.floor(orgs.length / 2)] as string;
  return {
    orgOne: orgs.slice(0, 1),
    orgThree: orgs.slice(0, 3),
    document: documents[0] as string,
    far: [u, v],
    farDistance: distance,
    prefix: "rome",
    alias: graph.getNodeAttribute(middle, "aliases")?.[0] ?? graph.getNodeAttribute(middle, "label"),
  };
}
