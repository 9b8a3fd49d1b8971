// The bundled dataset's force layout, computed when the site is built or served: vite.config.ts
// runs this file and makes what it prints the module `virtual:default-layout`, which
// app/loading/load-default.ts hands to queries/known-layouts.ts. Read from disk as the CLI reads
// datasets, with the options the canvas lays it out with: the page's input is the same, so it
// finds these positions instead of running the layout, about 70 ms of a first visit's main thread.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { DEFAULT_DATASET_FILE } from "../app/loading/default-dataset-file";
import { type KnownLayout, layoutFingerprint } from "../queries/known-layouts";
import { layoutFromInput, layoutInput } from "../queries/layout";
import { displayLayoutOptions } from "../view/display-graph";
import { readDatasetFiles } from "./read-dataset";

export function defaultLayout(root: string): KnownLayout {
  const { result: read } = readDatasetFiles([join(root, DEFAULT_DATASET_FILE)]);
  if (!read.ok) throw new Error(`default-layout: ${DEFAULT_DATASET_FILE} does not load: ${read.problems[0]?.message}`);
  const input = layoutInput(read.graph, displayLayoutOptions(read.graph));
  const positions = [...layoutFromInput(input)].map(([key, p]): [string, number, number] => [key, p.x, p.y]);
  return { input: layoutFingerprint(input), positions };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.stdout.write(JSON.stringify(defaultLayout(process.cwd())));
