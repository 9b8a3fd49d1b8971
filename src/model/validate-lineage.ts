// Lineage relations point from a later document to an earlier one, so they must form no cycle
// and must not point forward in time.
import { dateCeil, dateFloor, parseIsoDate } from "./dates";
import { edgePlace, nodePlace } from "./problems";
import { isLineage } from "./relations";
import type { DataGraph, Problem } from "./types";

/** A lineage edge of the graph, as the loader notes it while adding edges. */
export interface LineageEdge {
  key: string;
  source: string;
  target: string;
  relation: string;
}

/** The graph's lineage edges in the graph's edge order. */
function lineageEdges(graph: DataGraph): LineageEdge[] {
  const out: LineageEdge[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    if (isLineage(attrs.relation)) out.push({ key, source, target, relation: attrs.relation });
  });
  return out;
}

/** Where lineage edges from `node` lead, within `among`; last first, as the search stack takes them. */
function lineageTargets(graph: DataGraph, node: string, among?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(node, (_, attrs, _s, target) => {
    if (isLineage(attrs.relation) && (!among || among.has(target))) out.push(target);
  });
  return out.reverse();
}

export interface CycleSearch {
  /** Where to start, in order (by default every node a lineage edge leaves: only they can start one). */
  roots?: Iterable<string>;
  /** Nodes the cycle may pass through (by default all). */
  among?: ReadonlySet<string>;
  /** The graph's lineage edges, when the caller has them already (for the default roots). */
  edges?: readonly LineageEdge[];
}

/**
 * First cycle of lineage edges, as the keys along it (first = last): the one rule, used by the
 * loader (no cycle allowed) and by the lineage view (cycles reported among documents it cannot
 * order). Depth-first with an explicit stack, following edges in the graph's order.
 */
export function findLineageCycle(graph: DataGraph, search: CycleSearch = {}): string[] | undefined {
  const { among } = search;
  const roots = search.roots ?? sourcesOf(graph, search.edges ?? lineageEdges(graph));
  const state = new Map<string, "open" | "done">();
  for (const root of roots) {
    if (state.has(root) || (among && !among.has(root))) continue;
    const path: string[] = [root];
    const pending: string[][] = [lineageTargets(graph, root, among)];
    state.set(root, "open");
    while (path.length) {
      const next = pending[pending.length - 1].pop();
      if (next === undefined) {
        state.set(path.pop() as string, "done");
        pending.pop();
        continue;
      }
      const seen = state.get(next);
      if (seen === "open") return [...path.slice(path.indexOf(next)), next];
      if (seen === "done") continue;
      state.set(next, "open");
      path.push(next);
      pending.push(lineageTargets(graph, next, among));
    }
  }
  return undefined;
}

/** The nodes lineage edges leave, in the graph's node order. */
function sourcesOf(graph: DataGraph, edges: readonly LineageEdge[]): string[] {
  const sources = new Set(edges.map((e) => e.source));
  return graph.nodes().filter((key) => sources.has(key));
}

/** `edges`: the graph's lineage edges in edge order, when the caller has them already. */
export function checkLineage(graph: DataGraph, edges = lineageEdges(graph)): Problem[] {
  const problems: Problem[] = [];
  const cycle = findLineageCycle(graph, { edges });
  if (cycle) {
    problems.push({
      where: `lineage ${cycle.map((k) => `"${k}"`).join(" -> ")}`,
      severity: "error",
      message: "lineage relations form a cycle: a document cannot descend from itself",
    });
  }
  const undated = new Set<string>();
  for (const { key, source, target, relation } of edges) {
    const from = graph.getNodeAttribute(source, "start");
    const to = graph.getNodeAttribute(target, "start");
    const later = from ? parseIsoDate(from) : undefined;
    const earlier = to ? parseIsoDate(to) : undefined;
    if (later && earlier && dateCeil(later) < dateFloor(earlier)) {
      problems.push({
        where: edgePlace(source, target, relation, key),
        severity: "error",
        message: `lineage points from the earlier document (${from}) to a later one (${to}); it must point from the later document to the one it came from`,
      });
    }
    if (!from) undated.add(source);
    if (!to) undated.add(target);
  }
  // One warning per document, however many lineage steps it is in.
  for (const key of undated) {
    problems.push({
      where: nodePlace(key),
      field: "start",
      severity: "warning",
      message: "this document is in a lineage but has no date, so the order of its lineage steps cannot be checked",
    });
  }
  return problems;
}
