// What `npm run validate -- FILE` runs on a file of any format importFile reads: the same checks
// the explorer makes when a user opens it, plus a summary to print (summary.ts). By default a
// citation whose source text is missing is an error here (graph-data/ must ship its sources);
// pass `allowUnverified` to accept it as the explorer does.
import type { DataGraph, Problem, SourceTexts } from "../model";
import { importFile, importFiles } from "./import-file";
import { summaryLines } from "./summary";
import type { ImportFormat, ImportResult } from "./types";

export type Validation =
  | { ok: true; format: ImportFormat; graph: DataGraph; summary: string[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export function validateAny(
  file: string,
  text: string,
  sources: SourceTexts,
  options: { allowUnverified?: boolean } = {},
): Validation {
  return validated(importFile(file, text, sources), file, options);
}

/** The same for a CSV export's two files, read together (importFiles). */
export function validateCsvPair(
  nodes: { name: string; text: string },
  edges: { name: string; text: string },
  sources: SourceTexts,
  options: { allowUnverified?: boolean } = {},
): Validation {
  return validated(importFiles([nodes, edges], sources), nodes.name, options);
}

function validated(result: ImportResult, file: string, options: { allowUnverified?: boolean }): Validation {
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
  return { ok: true, format, graph, summary: summaryLines(graph, format, unverified), warnings };
}
