// Reads a fixture dataset and the source texts beside it (sources/<id>.md|.txt), the way the CLI does,
// without going through the CLI.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { loadDataset, type LoadResult, type Problem } from "../../src/model";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixtureTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(FIXTURES, dir, "sources"))) {
    texts[basename(name, extname(name))] = readFileSync(join(FIXTURES, dir, "sources", name), "utf8");
  }
  return texts;
}

export function fixtureJson(path: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, path), "utf8"));
}

/** Loads `test/fixtures/<path>`, naming it in problems as `test/fixtures/<path>`. */
export function loadFixture(path: string): LoadResult {
  return loadDataset(fixtureJson(path), fixtureTexts(dirname(path)), { file: `test/fixtures/${path}` });
}

export function errorsOf(result: LoadResult): Problem[] {
  return result.ok ? [] : result.problems.filter((p) => p.severity === "error");
}

/** A deep copy of the valid fixture, to break in one place. */
export function validDataset(): {
  attributes: { sources: { id: string; title: string }[] } & Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes: Record<string, unknown> }[];
} {
  return structuredClone(fixtureJson("valid/dataset.json")) as ReturnType<typeof validDataset>;
}
