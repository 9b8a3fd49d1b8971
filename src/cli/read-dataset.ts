// The CLI's side of reading a dataset: its files and the source texts beside them
// (<dir>/sources/<id>.md|.txt) read from disk, then handed to io's readDataset, the reader the page
// and the import worker use. A CSV export is its nodes and edges files, found together.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

import { type DatasetFile, type DatasetRead, readDataset, type ReadOptions, sourceIdOf } from "../io/read-dataset";

/** The source texts in `dir` as files readDataset takes; none when there is no such folder. */
export function sourceFiles(dir: string): DatasetFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => sourceIdOf(name) !== null)
    .map((name) => ({ name: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));
}

const partnerOf = (file: string) =>
  /nodes\.csv$/i.test(file) ? file.replace(/nodes(\.csv)$/i, "edges$1") : file.replace(/edges(\.csv)$/i, "nodes$1");

/**
 * The datasets at `path`, each as its files: a file alone, or a CSV file with its partner when that
 * is there (nodes first); in a folder, every .json and .gexf file and every CSV pair.
 */
export function datasetsAt(path: string): string[][] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => /\.(json|gexf|csv)$/i.test(n))
        .sort()
        .map((n) => join(path, n))
    : [path];
  const seen = new Set<string>();
  const datasets: string[][] = [];
  for (const file of files) {
    if (seen.has(file)) continue;
    const partner = /(nodes|edges)\.csv$/i.test(file) ? partnerOf(file) : null;
    const pair = partner && existsSync(partner) ? [file, partner].sort((a) => (/nodes\.csv$/i.test(a) ? -1 : 1)) : null;
    for (const f of pair ?? [file]) seen.add(f);
    datasets.push(pair ?? [file]);
  }
  return datasets;
}

const shownPath = (file: string) => relative(process.cwd(), file) || file;

/**
 * Reads one dataset's files (a file, or a CSV pair) and the sources beside the first, strictly
 * by default: graph-data/ must ship every source text.
 */
export function readDatasetFiles(
  paths: readonly string[],
  options: ReadOptions = { strict: true },
): { file: string; result: DatasetRead } {
  const file = paths.map(shownPath).join(" + ");
  const files: DatasetFile[] = [];
  for (const path of paths) {
    try {
      files.push({ name: shownPath(path), text: readFileSync(path, "utf8") });
    } catch (error) {
      const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
      return {
        file,
        result: { ok: false, problems: [{ file: shownPath(path), where: "file", severity: "error", message }] },
      };
    }
  }
  const sources = paths[0] ? sourceFiles(join(dirname(paths[0]), "sources")) : [];
  return { file, result: readDataset([...files, ...sources], options) };
}
