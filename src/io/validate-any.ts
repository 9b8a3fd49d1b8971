// What `npm run validate -- FILE` runs on a file of any format importFile reads: the same checks
// the explorer makes when a user opens it, plus a summary to print. By default a citation whose
// source text is missing is an error here (graph-data/ must ship its sources); pass
// `allowUnverified` to accept it as the explorer does.
import { type Problem, type SourceTexts } from "../model";
import { importFile } from "./import-file";
import type { AnyGraph, ImportFormat } from "./types";
import { GENERIC_KIND } from "./types";

export type Validation = { ok: true; summary: string[]; warnings: Problem[] } | { ok: false; problems: Problem[] };

const FORMAT_NAMES: Record<ImportFormat, string> = {
  "data-contract": "data contract JSON",
  gexf: "GEXF",
  "graphology-json": "graphology JSON",
  csv: "CSV",
};

function tally(items: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

export function summariseImport(graph: AnyGraph, format: ImportFormat, unverified: ReadonlySet<string>): string[] {
  const a = graph.getAttributes();
  const lines = [
    `${a.title} (${a.id}), read as ${FORMAT_NAMES[format]}: ${graph.order} nodes, ${graph.size} edges, ${a.sources.length} sources`,
    `  nodes by kind: ${tally(graph.mapNodes((_, n) => n.kind)) || "none"}`,
    `  edges by relation: ${tally(graph.mapEdges((_, e) => e.relation)) || "none"}`,
  ];
  const generic = graph.filterNodes((_, n) => n.kind === GENERIC_KIND).length;
  if (generic) lines.push(`  ${generic} nodes have no kind the explorer knows ("${GENERIC_KIND}")`);
  if (unverified.size) lines.push(`  quotes not checked (no source text): ${[...unverified].join(", ")}`);
  return lines;
}

export function validateAny(
  file: string,
  text: string,
  sources: SourceTexts,
  options: { allowUnverified?: boolean } = {},
): Validation {
  const result = importFile(file, text, sources);
  if (!result.ok) return { ok: false, problems: result.problems };
  if (result.unverified.size && !options.allowUnverified) {
    const problems: Problem[] = [...result.unverified].map((id) => ({
      file,
      where: "graph",
      field: "attributes.sources",
      severity: "error",
      message: `source "${id}" has no text file (sources/${id}.md or .txt beside the dataset), so its quotes cannot be checked`,
    }));
    return {
      ok: false,
      problems: [...problems, ...result.warnings.filter((w) => !/so its quotes are not checked/.test(w.message))],
    };
  }
  return {
    ok: true,
    summary: summariseImport(result.graph, result.format, result.unverified),
    warnings: result.warnings,
  };
}
