// What the canvas stresses while a lineage or a connection is open: the chain itself (the
// lineage's documents and lineage links; the shortest path's nodes and hops), and around it the
// context kept in colour (the events the documents went through; the alternative paths).
// Everything else fades. Pure: built from the results of lineage() and connections().
import type { Lineage } from "../queries/lineage";
import type { Connections } from "../queries/paths";

export interface Chain {
  /** Where the story starts: the traced document; the two ends of a connection. Named first. */
  ends: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  context: ReadonlySet<string>;
  contextEdges: ReadonlySet<string>;
}

export function lineageChain(lin: Lineage): Chain {
  const nodes = new Set(lin.steps.map((s) => s.key));
  const edges = new Set(lin.links.flatMap((l) => l.relations.map((r) => r.edge)));
  const context = new Set<string>();
  const contextEdges = new Set<string>();
  for (const event of [...lin.steps.flatMap((s) => s.events), ...lin.links.flatMap((l) => l.events)]) {
    if (nodes.has(event.event)) continue;
    context.add(event.event);
    contextEdges.add(event.edge);
  }
  return { ends: new Set([lin.root]), nodes, edges, context, contextEdges };
}

/** The first path is the chain; the others are context. With no path, only the two ends stand out. */
export function pathChain(found: Connections): Chain {
  const [first, ...others] = found.paths;
  const nodes = new Set(first ? first.nodes : [found.source, found.target]);
  const edges = new Set(first ? first.hops.map((h) => h.edge) : []);
  const context = new Set(others.flatMap((p) => p.nodes).filter((k) => !nodes.has(k)));
  const contextEdges = new Set(others.flatMap((p) => p.hops.map((h) => h.edge)).filter((e) => !edges.has(e)));
  return { ends: new Set([found.source, found.target]), nodes, edges, context, contextEdges };
}
