// npm run claims [-- FILE] [--sample N] [--seed S]: prints every claim of a dataset (default: the
// default dataset) as the sentence the app shows, each quote with the source sentence around it, so
// a reviewer can check on one page that no claim says more than its quote. --sample draws N claims
// with a seeded generator (seed 1 unless given): the same seed gives the same page.
import { resolve } from "node:path";

import { formatProblem } from "../model";
import { formatClaim, listClaims, parseArgs, sampleClaims, type Options } from "./claims-list";
import { readDatasetFiles } from "./read-dataset";

function main(args: readonly string[]): number {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const { file, result } = readDatasetFiles([resolve(options.file)]);
  if (!result.ok) {
    console.error(`✗ ${file}: the dataset has problems; npm run validate lists them`);
    for (const p of result.problems) console.error("  " + formatProblem(p));
    return 1;
  }
  const all = listClaims(result.graph);
  const shown = options.sample === undefined ? all : sampleClaims(all, options.sample, options.seed);
  const titles = new Map((result.graph.getAttribute("sources") ?? []).map((s) => [s.id, s.title]));
  const what =
    options.sample === undefined
      ? `all ${all.length} claims`
      : `${shown.length} of ${all.length} claims, sampled with seed ${options.seed}`;
  console.log(`${file}: ${what} (${result.graph.order} nodes, ${result.graph.size} edges)\n`);
  console.log(shown.map((claim) => formatClaim(claim, result.texts, titles)).join("\n\n"));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
