// npm run validate [-- FILE|DIR]: checks graph-data/ (or the given dataset) against the data
// contract and prints what it holds. Exit 1 on any problem.
import { resolve } from "node:path";

import { formatProblem } from "../model";
import { datasetFiles, readDataset } from "./read-dataset";
import { summarise } from "./report";

const target = resolve(process.argv[2] ?? "graph-data");
let files: string[];
try {
  files = datasetFiles(target);
} catch {
  console.error(`validate: no such file or folder: ${target}`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`validate: no dataset (*.json) in ${target}`);
  process.exit(1);
}

let failed = false;
for (const file of files) {
  const { file: shown, result } = readDataset(file);
  if (result.ok) {
    console.log(`✓ ${shown}`);
    for (const line of summarise(result.graph)) console.log(line);
    for (const w of result.warnings) console.log("  " + formatProblem(w));
  } else {
    failed = true;
    const errors = result.problems.filter((p) => p.severity === "error").length;
    console.error(`✗ ${shown}: ${errors} problem${errors === 1 ? "" : "s"}`);
    for (const p of result.problems) console.error("  " + formatProblem(p));
  }
}
process.exit(failed ? 1 : 0);
