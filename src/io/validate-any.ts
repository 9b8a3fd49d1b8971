// What `npm run validate -- FILE` runs on a file of any format importFile reads: the same checks
// the explorer makes when a user opens it, plus a summary to print. By default a citation whose
// source text is missing is an error here (graph-data/ must ship its sources); pass
// `allowUnverified` to accept it as the explorer does.
import { KIND_LABELS, KINDS, type Problem, type SourceTexts } from "../model";
import { importFile } from "./import-file";
import type { AnyGraph, ImportFormat } from "./types";
import { GENERIC_KIND } from "./types";

export type Validation =
  | { ok: true; format: ImportFormat; graph: AnyGraph; summary: string[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const FORMAT_NAMES: Record<ImportFormat, string> = {
  "data-contract": "data contract JSON",
  gexf: "GEXF",
  "graphology-json": "graphology JSON",
  csv: "CSV",
};

function tally<T extends string>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "100%" : `${((100 * part) / whole).toFixed(part === whole ? 0 : 1)}%`;
}

/**
 * The same lines as src/cli/report.ts `summarise` (so the CLI reads the same whatever the format),
 * plus the format when it is not the data contract, the generic kind, and unchecked sources.
 */
export function summariseImport(graph: AnyGraph, format: ImportFormat, unverified: ReadonlySet<string>): string[] {
  const a = graph.getAttributes();
  const kinds = tally(graph.mapNodes((_, n) => n.kind));
  const relations = [...tally(graph.mapEdges((_, e) => e.relation as string))].sort(
    (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]),
  );
  const citedBy = tally([
    ...graph.mapNodes((_, n) => n.sources.map((c) => c.source)).flat(),
    ...graph.mapEdges((_, e) => e.sources.map((c) => c.source)).flat(),
  ]);
  const citedNodes = graph.filterNodes((_, n) => n.sources.length > 0).length;
  const citedEdges = graph.filterEdges((_, e) => e.sources.length > 0).length;
  const generic = kinds.get(GENERIC_KIND) ?? 0;
  return [
    `${a.title} (${a.id}): ${graph.order} nodes, ${graph.size} edges, ${a.sources.length} sources`,
    ...(format === "data-contract" ? [] : [`  read as ${FORMAT_NAMES[format]}`]),
    "  nodes by kind: " +
      [
        ...KINDS.filter((k) => k !== GENERIC_KIND).map(
          (k) => `${KIND_LABELS[k].many.toLowerCase()} ${kinds.get(k) ?? 0}`,
        ),
        ...(generic ? [`${GENERIC_KIND} ${generic}`] : []),
      ].join(", "),
    "  edges by relation: " + relations.map(([r, n]) => `${r} ${n}`).join(", "),
    "  citations by source: " + a.sources.map((s) => `${s.id} ${citedBy.get(s.id) ?? 0}`).join(", "),
    `  cited: nodes ${citedNodes}/${graph.order} (${pct(citedNodes, graph.order)}), edges ${citedEdges}/${graph.size} (${pct(citedEdges, graph.size)})`,
    ...(unverified.size ? [`  quotes not checked (no source text): ${[...unverified].join(", ")}`] : []),
  ];
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
    // The loader's warning for a textless source, made an error again, reads as the strict loader's.
    const unchecked = /, so its quotes are not checked$/;
    const strict = result.warnings
      .filter((w) => unchecked.test(w.message))
      .map((w): Problem => ({ ...w, severity: "error", message: w.message.replace(unchecked, "") }));
    const named = strict.map((p) => p.message).join("\n");
    const others: Problem[] = [...result.unverified]
      .filter((id) => !named.includes(`"${id}"`))
      .map((id) => ({
        file,
        where: "graph",
        field: "attributes.sources",
        severity: "error",
        message: `source "${id}" has no text file (sources/${id}.md or .txt beside the dataset)`,
      }));
    return {
      ok: false,
      problems: [...strict, ...others, ...result.warnings.filter((w) => !unchecked.test(w.message))],
    };
  }
  const { format, graph, unverified, warnings } = result;
  return { ok: true, format, graph, summary: summariseImport(graph, format, unverified), warnings };
}
