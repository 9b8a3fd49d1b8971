// A data-contract JSON, checked by the model's loadDataset. A listed source whose text was not
// given (or is blank) cannot have its quotes checked: the loader then warns once per source
// (allowMissingTexts), and every citation of it is marked unverified (ImportResult.unverified).
// Quotes of the sources that do have text are checked as always.
import { loadDataset, type SourceTexts } from "../model";
import type { ImportFormat, ImportResult } from "./types";

export function importContract(
  json: unknown,
  sources: SourceTexts | undefined,
  file?: string,
  format: ImportFormat = "data-contract",
): ImportResult {
  const texts = sources ?? {};
  const loaded = loadDataset(json, texts, { ...(file ? { file } : {}), allowMissingTexts: true });
  if (!loaded.ok) return { ok: false, format, problems: loaded.problems };
  const unverified = new Set<string>();
  for (const { id } of loaded.graph.getAttribute("sources")) {
    const text = Object.hasOwn(texts, id) ? texts[id] : undefined;
    if (typeof text !== "string" || !text.trim()) unverified.add(id);
  }
  return {
    ok: true,
    format,
    graph: loaded.graph,
    unverified,
    generic: { nodes: 0, edges: 0 },
    warnings: loaded.warnings,
  };
}
