// The default dataset, bundled into the build: its JSON text and the full text of every cited
// source, read by readDataset as any other dataset is, and its force layout. A chunk of its own:
// a page opening another dataset never runs it.
import layout from "virtual:default-layout";

import text from "../../../graph-data/veo-rehabilitation.json?raw";
import { type DatasetRead, readDataset } from "../../io/read-dataset";
import { addKnownLayout } from "../../queries/known-layouts";
import { DEFAULT_DATASET_FILE } from "./default-dataset-file";

// Its force layout, computed when the site was built: the canvas finds it instead of running it.
addKnownLayout(layout);

let json: unknown;

/** The default dataset's JSON as the file has it: the edit mode starts from it, so a save keeps its order. */
export function defaultJson(): unknown {
  return (json ??= JSON.parse(text));
}

const SOURCE_FILES = import.meta.glob<string>("../../../graph-data/sources/*.{md,txt}", {
  query: "?raw",
  import: "default",
  eager: true,
});

export interface LoadedDataset {
  /** The dataset's file, as problems and the error screen name it. */
  file: string;
  result: DatasetRead;
}

export function loadDefaultDataset(): LoadedDataset {
  const files = new Map(Object.entries(SOURCE_FILES)).set(DEFAULT_DATASET_FILE, text);
  return { file: DEFAULT_DATASET_FILE, result: readDataset(files, { strict: true }) };
}
