// The one protocol between the page and the import worker: the page sends files the reader opened,
// or a `?dataset=` file's bytes (fetched with progress) and its address; the worker reports bytes
// read, then the dataset as readDataset gave it, its graph in graphology's export format.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";

import type { GraphPreview } from "../../io/preview";
import type { DatasetFile, DatasetRead } from "../../io/read-dataset";
import { type EdgeAttributes, type GraphAttributes, makeReadOnly, type NodeAttributes } from "../../model";

export type ImportRequest =
  | { type: "files"; files: File[] }
  /** versionElsewhere: the page has the version computed by the version worker (dataset-fingerprint.ts). */
  | { type: "dataset"; path: string; url: string; chunks: Uint8Array[]; versionElsewhere?: boolean }
  /** After a preview: the page has drawn it, and the worker goes on with the full read. */
  | { type: "drawn" };

type Ok = Extract<DatasetRead, { ok: true }>;

/** A DatasetRead as it crosses between threads. */
export type SentRead =
  | (Omit<Ok, "graph" | "unverified"> & {
      graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
      unverified: string[];
    })
  | Exclude<DatasetRead, Ok>;

export type WorkerReply =
  | { type: "progress"; done: number; total: number }
  | { type: "preview"; preview: GraphPreview }
  | { type: "read"; read: SentRead };

export function sendRead(read: DatasetRead): SentRead {
  return read.ok ? { ...read, graph: read.graph.export(), unverified: [...read.unverified] } : read;
}

export function reviveRead(sent: SentRead): DatasetRead {
  if (!sent.ok) return sent;
  const graph = makeReadOnly(MultiDirectedGraph.from<NodeAttributes, EdgeAttributes, GraphAttributes>(sent.graph));
  return { ...sent, graph, unverified: new Set(sent.unverified) };
}

/** Reads the files as text, reporting bytes read so far. */
export async function readAll(
  files: readonly File[],
  progress: (done: number, total: number) => void,
): Promise<DatasetFile[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let done = 0;
  const out: DatasetFile[] = [];
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

export { decodeChunks } from "./decode-chunks";
