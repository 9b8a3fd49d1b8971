// What the import worker and the page say to each other, and the reading both sides share.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";

import type { ImportResult } from "../../io";
import { type DataGraph, makeReadOnly, type Problem, type SourceTexts } from "../../model";
import type { LoadedDataset } from "./load-default";

type Ok = Extract<ImportResult, { ok: true }>;

export type WorkerResult =
  | (Omit<Ok, "graph" | "unverified"> & { graph: SerializedGraph; unverified: string[] })
  | { ok: false; problems: Problem[] };

/** Files the reader opened; or a `?dataset=` file's bytes (the page fetched them, with progress) and its address. */
export type ImportRequest =
  | { type: "files"; files: File[] }
  /** fingerprint false: the page has the version computed elsewhere (dataset-fingerprint.ts); version is "". */
  | { type: "dataset"; path: string; url: string; chunks: Uint8Array[]; fingerprint?: boolean };

/** A LoadedDataset as it crosses to the page: its graph in graphology's export format. */
export type SentDataset = Omit<LoadedDataset, "result"> & {
  result: { ok: true; graph: SerializedGraph; warnings: Problem[] } | { ok: false; problems: Problem[] };
};

export type WorkerReply =
  | { type: "progress"; done: number; total: number }
  | { type: "result"; result: WorkerResult; texts: SourceTexts }
  | { type: "dataset"; loaded: SentDataset };

/** The source texts among opened files, named as importFiles names them (file name without .md/.txt). */
export function sourceTextsOf(files: readonly { name: string; text: string }[]): SourceTexts {
  const texts: Record<string, string> = Object.create(null); // a source may be called "constructor"
  for (const file of files) {
    const m = /^(.+)\.(md|txt)$/i.exec(file.name.replace(/^.*[\\/]/, ""));
    if (m?.[1]) texts[m[1]] = file.text;
  }
  return texts;
}

/** Reads the files as text, reporting bytes read so far. */
export async function readAll(
  files: readonly File[],
  progress: (done: number, total: number) => void,
): Promise<{ name: string; text: string }[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let done = 0;
  const out: { name: string; text: string }[] = [];
  for (const file of files) {
    const reader = file.stream().getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      parts.push(decoder.decode(chunk.value, { stream: true }));
      done += chunk.value.byteLength;
      progress(done, total);
    }
    parts.push(decoder.decode());
    out.push({ name: file.name, text: parts.join("") });
  }
  return out;
}

export function revive(result: WorkerResult): ImportResult {
  if (!result.ok) return result;
  const graph = MultiDirectedGraph.from(result.graph) as unknown as DataGraph;
  return { ...result, graph: makeReadOnly(graph) as unknown as Ok["graph"], unverified: new Set(result.unverified) };
}

export function sendDataset(loaded: LoadedDataset): SentDataset {
  const { result } = loaded;
  return { ...loaded, result: result.ok ? { ...result, graph: result.graph.export() } : result };
}

export function reviveDataset(sent: SentDataset): LoadedDataset {
  const { result } = sent;
  if (!result.ok) return { ...sent, result };
  const graph = makeReadOnly(MultiDirectedGraph.from(result.graph) as unknown as DataGraph);
  return { ...sent, result: { ...result, graph } };
}

export { decodeChunks } from "./decode-chunks";
