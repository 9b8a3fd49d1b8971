// npm run validate [-- PATH...]: checks graph-data/ (or the given dataset files and folders) against
// the data contract and prints what each holds. Exit 1 on any problem; warnings alone exit 0.
import { resolve } from "node:path";

import { formatProblem } from "../model";
import { datasetFiles, readDataset } from "./read-dataset";
import { summarise } from "./report";

const targets = process.argv.slice(2);
let failed = false;

function filesOf(target: string): string[] {
  let files: string[];
  try {
    files = datasetFiles(target);
  } catch {
    console.error(`validate: no such file or folder: ${target}`);
    return [];
  }
  if (files.length === 0) console.error(`validate: no dataset (*.json) in ${target}`);
  return files;
}

for (const target of targets.length ? targets : ["graph-data"]) {
  const files = filesOf(resolve(target));
  if (files.length === 0) failed = true;
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
}
process.exit(failed ? 1 : 0);
