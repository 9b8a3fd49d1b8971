// nodes.csv and edges.csv (RFC 4180, see csv.ts) for spreadsheets. One row per node or edge; list
// values joined with " | "; the `citations` column holds `source-id: quote`, joined the same way.
import { type DataGraph, GENERIC_RELATION, relationSpec } from "../model";
import { citationsToText, listToText } from "./citation-text";
import { toCsv } from "./csv";
import type { ExportFile, ExportOptions } from "./types";
import { baseName, subsetOf } from "./view-subset";

export const NODE_COLUMNS = [
  "key",
  "kind",
  "label",
  "short",
  "aliases",
  "start",
  "end",
  "place",
  "role",
  "description",
  "note",
  "citations",
] as const;
export const EDGE_COLUMNS = ["key", "source", "target", "relation", "reading", "start", "note", "citations"] as const;

export function exportCsv(graph: DataGraph, options: ExportOptions = {}): [nodes: ExportFile, edges: ExportFile] {
  const subset = subsetOf(graph, options);
  const base = baseName(graph, options);
  const nodeRows = subset.nodes.map(({ key, attributes: a }) => [
    key,
    a.kind,
    a.label,
    a.short ?? "",
    listToText(a.aliases),
    a.start ?? "",
    a.end ?? "",
    a.place ?? "",
    a.role ?? "",
    a.description ?? "",
    a.note ?? "",
    citationsToText(a.sources),
  ]);
  const labelOf = (key: string) => graph.getNodeAttribute(key, "label");
  const edgeRows = subset.edges.map(({ key, source, target, attributes: a }) => [
    key,
    source,
    target,
    a.relation,
    a.relation === GENERIC_RELATION
      ? `${labelOf(source)} ${a.label ?? "is linked to"} ${labelOf(target)}`
      : relationSpec(a.relation).reading.replace("{source}", labelOf(source)).replace("{target}", labelOf(target)),
    a.start ?? "",
    a.note ?? "",
    citationsToText(a.sources),
  ]);
  return [
    { filename: `${base}-nodes.csv`, mime: "text/csv", text: toCsv(NODE_COLUMNS, nodeRows) },
    { filename: `${base}-edges.csv`, mime: "text/csv", text: toCsv(EDGE_COLUMNS, edgeRows) },
  ];
}
