// Builds what the browser benchmark serves: the explorer (production build, into
// bench-results/app/ so the e2e tests' dist/ is left alone), the bare sigma page
// (bench-results/bare/), and each synthetic dataset with its sources and precomputed positions.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { build } from "vite";

import { loadDataset } from "../../../model";
import { forceLayout } from "../../../queries/layout";
import { displayLayoutOptions } from "../../../view/display-graph";
import type { SyntheticDataset } from "../synthetic/generate";

const ROOT = resolve(import.meta.dirname, "../../../..");
export const RESULTS = join(ROOT, "bench-results");

export async function buildPages(): Promise<void> {
  process.env.NODE_ENV = "production";
  await build({ root: ROOT, logLevel: "warn", build: { outDir: join(RESULTS, "app"), emptyOutDir: true } });
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: join(RESULTS, "bare"),
      emptyOutDir: true,
      rollupOptions: { input: join(import.meta.dirname, "bare.html") },
    },
  });
}

/** Changes when the dataset or the explorer's layout code does: positions are reused until then. */
function positionsKey(text: string): string {
  const hash = createHash("sha1").update(text);
  for (const file of ["src/queries/layout.ts", "src/view/display-graph.ts"])
    hash.update(readFileSync(join(ROOT, file)));
  return hash.digest("hex");
}

/** The default dataset (graph-data/), as the explorer opens it: what a first visit draws. */
export function defaultDataset(): SyntheticDataset {
  const dir = join(ROOT, "graph-data");
  const json = JSON.parse(readFileSync(join(dir, "veo-rehabilitation.json"), "utf8")) as SyntheticDataset["json"];
  const texts = Object.fromEntries(
    json.attributes.sources.map((s) => [s.id, readFileSync(join(dir, "sources", `${s.id}.md`), "utf8")]),
  );
  return { json, texts };
}

/**
 * Writes data/synthetic-<n>.json, its sources/ and the positions the explorer's own layout gives
 * (same function, same options), so the bare page draws the nodes where the explorer does.
 * The layout is slow at 10k nodes, so positions are kept while dataset and layout code are unchanged.
 */
export function writeBrowserData(name: string, dataset: SyntheticDataset, text: string): void {
  const dir = join(RESULTS, "data");
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(dir, `${name}.json`), text);
  for (const [id, markdown] of Object.entries(dataset.texts)) writeFileSync(join(dir, "sources", `${id}.md`), markdown);
  const key = positionsKey(text);
  const keyFile = join(dir, `${name}.positions.key`);
  if (existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return;
  const result = loadDataset(dataset.json, dataset.texts);
  if (!result.ok) throw new Error("bench: synthetic dataset rejected");
  const graph = result.graph;
  const positions = forceLayout(graph, displayLayoutOptions(graph));
  const plain = Object.fromEntries([...positions].map(([key, p]) => [key, [p.x, p.y]]));
  writeFileSync(join(dir, `${name}.positions.json`), JSON.stringify(plain));
  writeFileSync(keyFile, key);
}
