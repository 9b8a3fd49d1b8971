// What the canvas stresses while a lineage or a connection is open: the chain itself (the
// lineage's documents and lineage links; the shortest path's nodes and hops), and around it the
// context kept in colour (the events the documents went through; the alternative paths).
// Everything else fades. Pure: built from the results of lineage() and connections().
import { lineageLayout, pathLayout } from "../queries/chain-layout";
import type { Positions } from "../queries/layout";
import type { Lineage } from "../queries/lineage";
import type { Connections } from "../queries/paths";

export interface Chain {
  /** Where the story starts: the traced document; the two ends of a connection. Named first. */
  ends: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  context: ReadonlySet<string>;
  contextEdges: ReadonlySet<string>;
  /** A lineage reads top to bottom, a path left to right (queries/chain-layout.ts). */
  kind: "lineage" | "path";
  /** Where the chain and its context go when it is laid out on its own (the force layout's place for it). */
  layout: Positions;
  /** What a node's name is followed by on the canvas: a lineage document's date ("June 2012", "undated"). */
  captions: ReadonlyMap<string, string>;
}

/** "June 2012" for a day or a month, "2013" for a year: the canvas names the month at most. */
export function canvasDate(date: string): string {
  const [year, month] = date.split("-");
  return month ? `${MONTHS[Number(month) - 1] ?? ""} ${year}`.trim() : (year ?? date);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

function lineageCaptions(lin: Lineage): Map<string, string> {
  return new Map(lin.steps.map((s) => [s.key, s.start ? canvasDate(s.start) : "undated"]));
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
  return {
    ends: new Set([lin.root]),
    nodes,
    edges,
    context,
    contextEdges,
    kind: "lineage",
    layout: lineageLayout(lin),
    captions: lineageCaptions(lin),
  };
}

/** The first path is the chain; the others are context. With no path, only the two ends stand out. */
export function pathChain(found: Connections): Chain {
  const [first, ...others] = found.paths;
  const nodes = new Set(first ? first.nodes : [found.source, found.target]);
  const edges = new Set(first ? first.hops.map((h) => h.edge) : []);
  const context = new Set(others.flatMap((p) => p.nodes).filter((k) => !nodes.has(k)));
  const contextEdges = new Set(others.flatMap((p) => p.hops.map((h) => h.edge)).filter((e) => !edges.has(e)));
  const layout = pathLayout(found);
  const captions = new Map<string, string>();
  return {
    ends: new Set([found.source, found.target]),
    nodes,
    edges,
    context,
    contextEdges,
    kind: "path",
    layout,
    captions,
  };
}
