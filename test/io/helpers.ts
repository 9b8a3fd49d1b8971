// Datasets the io tests export and read back: the default dataset and a small one full of
// characters that break naive CSV, XML and JSON writers (test/fixtures/io/tricky.json).
import { fileURLToPath } from "node:url";

import { readDatasetFiles } from "../../src/cli/read-dataset";
import type { DataGraph, SourceTexts } from "../../src/model";

export const DEFAULT_DATASET = fileURLToPath(new URL("../../graph-data/veo-rehabilitation.json", import.meta.url));
export const TRICKY_DATASET = fileURLToPath(new URL("../fixtures/io/tricky.json", import.meta.url));

export function loaded(file: string): { graph: DataGraph; texts: SourceTexts } {
  const { result } = readDatasetFiles([file]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
  return { graph: result.graph, texts: result.texts };
}

/** A graph as plain data, key order and all, for deep comparison. */
export function plain(graph: { export(): unknown }): unknown {
  return JSON.parse(JSON.stringify(graph.export()));
}
