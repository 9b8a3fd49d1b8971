// Reads a dataset file and the source texts beside it (<dir>/sources/<id>.md|.txt) from disk.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";

import { parseJson } from "../io/json-text";
import { loadDataset, type LoadResult, type SourceTexts } from "../model";

export function readSourceTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = Object.create(null); // a source may be called "constructor"
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return texts;
  }
  for (const name of names) {
    const ext = extname(name);
    if (ext !== ".md" && ext !== ".txt") continue;
    texts[basename(name, ext)] = readFileSync(join(dir, name), "utf8");
  }
  return texts;
}

export function datasetFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => /\.(json|gexf)$/i.test(n))
    .sort()
    .map((n) => join(path, n));
}

export interface ReadResult {
  file: string;
  result: LoadResult;
  texts: SourceTexts;
}

export function readDataset(file: string): ReadResult {
  const shown = relative(process.cwd(), file) || file;
  const texts = readSourceTexts(join(dirname(file), "sources"));
  const failed = (message: string): ReadResult => ({
    file: shown,
    texts,
    result: { ok: false, problems: [{ file: shown, where: "file", severity: "error", message }] },
  });
  let text: string;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    return failed(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The same reading as the app's: line and column of a syntax error, a limit on nesting.
  const parsed = parseJson(text);
  if (parsed.ok) return { file: shown, texts, result: loadDataset(parsed.value, texts, { file: shown }) };
  // Nesting and duplicate members: each at its own place. A syntax error: one line, as before.
  if (parsed.problems)
    return { file: shown, texts, result: { ok: false, problems: parsed.problems.map((p) => ({ ...p, file: shown })) } };
  return failed(`is ${parsed.problem.message} (${parsed.problem.where})`);
}
