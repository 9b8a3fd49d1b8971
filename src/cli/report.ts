// The summary `npm run validate` prints: counts by kind, relation and source, and how much is cited.
import { KINDS, KIND_LABELS, type DataGraph } from "../model";

function tally<T extends string>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "100%" : `${((100 * part) / whole).toFixed(part === whole ? 0 : 1)}%`;
}

export function summarise(graph: DataGraph): string[] {
  const lines: string[] = [];
  const attrs = graph.getAttributes();
  lines.push(
    `${attrs.title} (${attrs.id}): ${graph.order} nodes, ${graph.size} edges, ${attrs.sources.length} sources`,
  );
  const kinds = tally(graph.mapNodes((_, a) => a.kind));
  lines.push(
    "  nodes by kind: " +
      KINDS.filter((k) => k !== "other" || kinds.has(k))
        .map((k) => `${KIND_LABELS[k].many.toLowerCase()} ${kinds.get(k) ?? 0}`)
        .join(", "),
  );
  const relations = [...tally(graph.mapEdges((_, a) => a.relation as string))].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  lines.push("  edges by relation: " + relations.map(([r, n]) => `${r} ${n}`).join(", "));
  const citedBy = tally([
    ...graph.mapNodes((_, a) => a.sources.map((c) => c.source)).flat(),
    ...graph.mapEdges((_, a) => a.sources.map((c) => c.source)).flat(),
  ]);
  lines.push("  citations by source: " + attrs.sources.map((s) => `${s.id} ${citedBy.get(s.id) ?? 0}`).join(", "));
  const citedNodes = graph.filterNodes((_, a) => a.sources.length > 0).length;
  const citedEdges = graph.filterEdges((_, a) => a.sources.length > 0).length;
  lines.push(
    `  cited: nodes ${citedNodes}/${graph.order} (${pct(citedNodes, graph.order)}), edges ${citedEdges}/${graph.size} (${pct(citedEdges, graph.size)})`,
  );
  return lines;
}
