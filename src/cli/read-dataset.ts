// Reads a dataset file and the source texts beside it (<dir>/sources/<id>.md|.txt) from disk.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";

import { loadDataset, type LoadResult, type SourceTexts } from "../model";

export function readSourceTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
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
    .filter((n) => n.endsWith(".json"))
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
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file: shown,
      texts,
      result: {
        ok: false,
        problems: [{ file: shown, where: "file", severity: "error", message: `is not valid JSON: ${message}` }],
      },
    };
  }
  return { file: shown, texts, result: loadDataset(json, texts, { file: shown }) };
}
