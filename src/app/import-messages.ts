// What the import worker and the page say to each other, and the reading both sides share.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";

import type { ImportResult } from "../io";
import { type DataGraph, makeReadOnly, type Problem, type SourceTexts } from "../model";

type Ok = Extract<ImportResult, { ok: true }>;

export type WorkerResult =
  | (Omit<Ok, "graph" | "unverified"> & { graph: SerializedGraph; unverified: string[] })
  | { ok: false; problems: Problem[] };

export type WorkerReply =
  { type: "progress"; done: number; total: number } | { type: "result"; result: WorkerResult; texts: SourceTexts };

/** The source texts among opened files, named as importFiles names them (file name without .md/.txt). */
export function sourceTextsOf(files: readonly { name: string; text: string }[]): SourceTexts {
  const texts: Record<string, string> = {};
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
