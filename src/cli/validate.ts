// npm run validate [-- PATH...]: checks graph-data/ (or the given dataset files and folders) with
// the reader the explorer uses (io/read-dataset.ts), strictly: a source without its text is an
// error. Any format the explorer opens; a CSV export's two files are checked as one dataset. Prints
// what each holds. Exit 1 on any problem; warnings alone exit 0.
import { resolve } from "node:path";

import { summaryLines } from "../io/summary";
import { formatProblem } from "../model";
import { datasetsAt, readDatasetFiles } from "./read-dataset";

const targets = process.argv.slice(2);
let failed = false;

function datasetsOf(target: string): string[][] {
  let datasets: string[][];
  try {
    datasets = datasetsAt(target);
  } catch {
    console.error(`validate: no such file or folder: ${target}`);
    return [];
  }
  if (datasets.length === 0) console.error(`validate: no dataset (*.json, *.gexf, *.csv) in ${target}`);
  return datasets;
}

const done = new Set<string>();
for (const target of targets.length ? targets : ["graph-data"]) {
  const datasets = datasetsOf(resolve(target));
  if (datasets.length === 0) failed = true;
  for (const files of datasets) {
    // A CSV pair whose files were both given is checked once.
    if (done.has(files.join("\n"))) continue;
    done.add(files.join("\n"));
    const { file, result } = readDatasetFiles(files);
    if (result.ok) {
      console.log(`✓ ${file}`);
      for (const line of summaryLines(result.graph, result.format, result.unverified)) console.log(line);
      for (const w of result.warnings) console.log("  " + formatProblem(w));
    } else {
      failed = true;
      const errors = result.problems.filter((p) => p.severity === "error").length;
      console.error(`✗ ${file}: ${errors} problem${errors === 1 ? "" : "s"}`);
      for (const p of result.problems) console.error("  " + formatProblem(p));
    }
  }
}
process.exit(failed ? 1 : 0);
