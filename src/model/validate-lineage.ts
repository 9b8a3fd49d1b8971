// Lineage relations point from a later document to an earlier one, so they must form no cycle
// and must not point forward in time.
import { dateCeil, dateFloor, parseIsoDate } from "./dates";
import { edgePlace } from "./problems";
import { isLineage } from "./relations";
import type { DataGraph, Problem } from "./types";

function findCycle(graph: DataGraph): string[] | undefined {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 1);
    stack.push(node);
    for (const edge of graph.outEdges(node)) {
      if (!isLineage(graph.getEdgeAttribute(edge, "relation"))) continue;
      const next = graph.target(edge);
      if (state.get(next) === 1) return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 2);
    return undefined;
  };
  for (const node of graph.nodes()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

export function checkLineage(graph: DataGraph): Problem[] {
  const problems: Problem[] = [];
  const cycle = findCycle(graph);
  if (cycle) {
    problems.push({
      where: `lineage ${cycle.map((k) => `"${k}"`).join(" -> ")}`,
      severity: "error",
      message: "lineage relations form a cycle: a document cannot descend from itself",
    });
  }
  graph.forEachEdge((edge, attrs, source, target, sAttrs, tAttrs) => {
    if (!isLineage(attrs.relation)) return;
    const where = edgePlace(source, target, attrs.relation, edge);
    const later = sAttrs.start ? parseIsoDate(sAttrs.start) : undefined;
    const earlier = tAttrs.start ? parseIsoDate(tAttrs.start) : undefined;
    if (later && earlier && dateCeil(later) < dateFloor(earlier)) {
      problems.push({
        where,
        severity: "error",
        message: `lineage points from the earlier document (${sAttrs.start}) to a later one (${tAttrs.start}); it must point from the later document to the one it came from`,
      });
    }
    for (const [key, a] of [
      [source, sAttrs],
      [target, tAttrs],
    ] as const) {
      if (!a.start) {
        problems.push({
          where,
          severity: "warning",
          message: `document "${key}" has no date, so the order of this lineage step cannot be checked`,
        });
      }
    }
  });
  return problems;
}
