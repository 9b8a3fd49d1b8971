// npm run validate [-- PATH...]: checks graph-data/ (or the given dataset files and folders) against
// the data contract and prints what each holds. Exit 1 on any problem; warnings alone exit 0.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

import { validateAny, validateCsvPair } from "../io/validate-any";
import { formatProblem, type Problem } from "../model";
import { datasetFiles, readDataset, readSourceTexts } from "./read-dataset";
import { summaryLines } from "../io/summary";

type Checked = { ok: true; summary: string[]; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** A data-contract JSON goes through the loader; GEXF and other formats through the importer. */
function check(file: string): { shown: string; result: Checked } {
  if (/\.json$/i.test(file)) {
    const { file: shown, result } = readDataset(file);
    return {
      shown,
      result: result.ok ? { ok: true, summary: summaryLines(result.graph), warnings: result.warnings } : result,
    };
  }
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { shown, result: { ok: false, problems: [{ file: shown, where: "file", severity: "error", message }] } };
  }
  const result = validateAny(shown, text, readSourceTexts(join(dirname(file), "sources")));
  return { shown, result: result.ok ? { ok: true, summary: result.summary, warnings: result.warnings } : result };
}

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

/** A CSV export's nodes file and its edges file, given together, are checked as one dataset. */
function checkPair(nodes: string, edges: string): { shown: string; result: Checked } {
  const [n, e] = [nodes, edges].map((f) => relative(process.cwd(), f) || f) as [string, string];
  const shown = `${n} + ${e}`;
  let texts: [string, string];
  try {
    texts = [readFileSync(nodes, "utf8"), readFileSync(edges, "utf8")];
  } catch (error) {
    const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { shown, result: { ok: false, problems: [{ file: shown, where: "file", severity: "error", message }] } };
  }
  const sources = readSourceTexts(join(dirname(nodes), "sources"));
  const result = validateCsvPair({ name: n, text: texts[0] }, { name: e, text: texts[1] }, sources);
  return { shown, result: result.ok ? { ok: true, summary: result.summary, warnings: result.warnings } : result };
}

const partnerOf = (file: string) => file.replace(/nodes(\.csv)$/i, "edges$1");
const nodesOf = (file: string) => file.replace(/edges(\.csv)$/i, "nodes$1");
const given = new Set(targets.map((t) => resolve(t)));

for (const target of targets.length ? targets : ["graph-data"]) {
  const files = filesOf(resolve(target));
  if (files.length === 0) failed = true;
  for (const file of files) {
    // An edges file given with its nodes file is checked with it, under the nodes file.
    if (/edges\.csv$/i.test(file) && given.has(nodesOf(file))) continue;
    const partner = /nodes\.csv$/i.test(file) && given.has(partnerOf(file)) ? partnerOf(file) : null;
    const { shown, result } = partner ? checkPair(file, partner) : check(file);
    if (result.ok) {
      console.log(`✓ ${shown}`);
      for (const line of result.summary) console.log(line);
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
