// Lineage relations point from a later document to an earlier one, so they must form no cycle
// and must not point forward in time.
import { dateCeil, dateFloor, parseIsoDate } from "./dates";
import { edgePlace, nodePlace } from "./problems";
import { isLineage } from "./relations";
import type { DataGraph, Problem } from "./types";

function lineageTargets(graph: DataGraph, node: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(node, (_, attrs, _s, target) => {
    if (isLineage(attrs.relation)) out.push(target);
  });
  return out;
}

/** First cycle of lineage edges, as the keys along it (first = last); depth-first with an explicit stack. */
export function findLineageCycle(graph: DataGraph): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  for (const root of graph.nodes()) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const pending: string[][] = [lineageTargets(graph, root)];
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
      pending.push(lineageTargets(graph, next));
    }
  }
  return undefined;
}

export function checkLineage(graph: DataGraph): Problem[] {
  const problems: Problem[] = [];
  const cycle = findLineageCycle(graph);
  if (cycle) {
    problems.push({
      where: `lineage ${cycle.map((k) => `"${k}"`).join(" -> ")}`,
      severity: "error",
      message: "lineage relations form a cycle: a document cannot descend from itself",
    });
  }
  const undated = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target, sAttrs, tAttrs) => {
    if (!isLineage(attrs.relation)) return;
    const later = sAttrs.start ? parseIsoDate(sAttrs.start) : undefined;
    const earlier = tAttrs.start ? parseIsoDate(tAttrs.start) : undefined;
    if (later && earlier && dateCeil(later) < dateFloor(earlier)) {
      problems.push({
        where: edgePlace(source, target, attrs.relation, edge),
        severity: "error",
        message: `lineage points from the earlier document (${sAttrs.start}) to a later one (${tAttrs.start}); it must point from the later document to the one it came from`,
      });
    }
    if (!sAttrs.start) undated.add(source);
    if (!tAttrs.start) undated.add(target);
  });
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
