// The default dataset, bundled into the build: its JSON and the full text of every cited source.
import json from "../../../graph-data/veo-rehabilitation.json";
import { loadDataset, type LoadResult, type SourceTexts } from "../../model";
import { datasetVersion } from "../../queries/version";

export const DEFAULT_DATASET_FILE = "graph-data/veo-rehabilitation.json";

/** The default dataset's JSON as the file has it: the edit mode starts from it, so a save keeps its order. */
export const DEFAULT_JSON: unknown = json;

const SOURCE_FILES = import.meta.glob<string>("../../../graph-data/sources/*.{md,txt}", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** `../../../graph-data/sources/icct-rehabilitation-project.md` → `icct-rehabilitation-project`. */
export function sourceTextsFrom(files: Record<string, string>): SourceTexts {
  const texts: Record<string, string> = Object.create(null); // a source may be called "constructor"
  for (const [path, text] of Object.entries(files)) {
    const id = path.replace(/^.*\//, "").replace(/\.(md|txt)$/, "");
    texts[id] = text;
  }
  return texts;
}

export interface LoadedDataset {
  file: string;
  result: LoadResult;
  /** The data version links carry (`v=`); empty when the dataset did not load. */
  version: string;
  /** Full text of each source that has one, for the source reader. */
  texts: SourceTexts;
}

export function loadDefaultDataset(): LoadedDataset {
  const texts = sourceTextsFrom(SOURCE_FILES);
  const result = loadDataset(json, texts, { file: DEFAULT_DATASET_FILE });
  return { file: DEFAULT_DATASET_FILE, texts, result, version: result.ok ? datasetVersion(json) : "" };
}
