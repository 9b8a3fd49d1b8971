// "Save": the dataset and its sources/ as one zip, laid out as graph-data/ is, so unzipping it
// into graph-data/ (or anywhere `npm run validate` is pointed at) is all it takes.
import { strToU8, zipSync } from "fflate";

export interface DatasetFiles {
  /** `<dataset-id>.json` */
  name: string;
  json: unknown;
  /** Source id → full text, written as `sources/<id>.md`. */
  texts: ReadonlyMap<string, string>;
}

/** Paths and contents, in the order they are written (the JSON first). */
export function datasetFileList({ name, json, texts }: DatasetFiles): [string, string][] {
  return [
    [name, JSON.stringify(json, null, 2) + "\n"],
    ...[...texts].map(([id, text]): [string, string] => [`sources/${id}.md`, text]),
  ];
}

export function datasetZip(files: DatasetFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = Object.create(null);
  for (const [path, text] of datasetFileList(files)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
