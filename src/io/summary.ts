// What `npm run validate` prints about a dataset that passed: counts by kind, relation and source,
// and how much is cited. One tally for every graph, read by the loader or by an importer, so the
// CLI reads the same whatever the file's format.
import { type DataGraph, GENERIC_KIND, KIND_LABELS, KINDS } from "../model";
import { type ImportFormat } from "./types";

interface Tally {
  kinds: ReadonlyMap<string, number>;
  /** Most used first, ties by name. */
  relations: readonly (readonly [relation: string, edges: number])[];
  /** Citations of each source id, by nodes and edges together. */
  citations: ReadonlyMap<string, number>;
  citedNodes: number;
  citedEdges: number;
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  "data-contract": "data contract JSON",
  gexf: "GEXF",
  "graphology-json": "graphology JSON",
  csv: "CSV",
};

const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function tallyGraph(graph: DataGraph): Tally {
  const kinds = new Map<string, number>();
  const relations = new Map<string, number>();
  const citations = new Map<string, number>();
  let citedNodes = 0;
  let citedEdges = 0;
  graph.forEachNode((_, a) => {
    add(kinds, a.kind);
    for (const c of a.sources) add(citations, c.source);
    if (a.sources.length) citedNodes++;
  });
  graph.forEachEdge((_, a) => {
    add(relations, a.relation);
    for (const c of a.sources) add(citations, c.source);
    if (a.sources.length) citedEdges++;
  });
  const sorted = [...relations].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return { kinds, relations: sorted, citations, citedNodes, citedEdges };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "100%" : `${((100 * part) / whole).toFixed(part === whole ? 0 : 1)}%`;
}

/**
 * The summary's lines; the format is named when it is not the data contract, and sources whose
 * quotes could not be checked are listed. The generic kind appears only when a node has it.
 */
export function summaryLines(
  graph: DataGraph,
  format: ImportFormat = "data-contract",
  unverified: ReadonlySet<string> = new Set(),
): string[] {
  const a = graph.getAttributes();
  const t = tallyGraph(graph);
  const count = (map: ReadonlyMap<string, number>, key: string) => map.get(key) ?? 0;
  return [
    `${a.title} (${a.id}): ${graph.order} nodes, ${graph.size} edges, ${a.sources.length} sources`,
    ...(format === "data-contract" ? [] : [`  read as ${FORMAT_NAMES[format]}`]),
    "  nodes by kind: " +
      KINDS.filter((k) => k !== GENERIC_KIND || t.kinds.has(k))
        .map((k) => `${KIND_LABELS[k].many.toLowerCase()} ${count(t.kinds, k)}`)
        .join(", "),
    "  edges by relation: " + t.relations.map(([r, n]) => `${r} ${n}`).join(", "),
    "  citations by source: " + a.sources.map((s) => `${s.id} ${count(t.citations, s.id)}`).join(", "),
    `  cited: nodes ${t.citedNodes}/${graph.order} (${pct(t.citedNodes, graph.order)}), edges ${t.citedEdges}/${graph.size} (${pct(t.citedEdges, graph.size)})`,
    ...(unverified.size ? [`  quotes not checked (no source text): ${[...unverified].join(", ")}`] : []),
  ];
}
