// `?dataset=` on the page: the file is fetched a piece at a time, with progress and a way to cancel,
// so a large dataset never freezes the page. A small one is then parsed and checked here; a large
// one (past WORKER_THRESHOLD, as for opened files) in the import worker, which gets the bytes
// without a copy. Every failure reads as loadUrlDataset words it (load-url-dataset.ts).
import { decodeChunks, type ImportRequest, reviveDataset, type WorkerReply } from "./import-messages";
import type { LoadedDataset } from "./load-default";
import { failedDataset, readUrlDataset, resolveDatasetUrl, unreadableDataset } from "./load-url-dataset";
import { startImportWorker, WORKER_THRESHOLD } from "./read-import";

export interface Opening {
  /** The dataset, or null when cancelled. */
  done: Promise<LoadedDataset | null>;
  cancel: () => void;
}

/** Bytes read so far, and the file's size (0 while unknown). done === total > 0: all read, being checked. */
export type OpenProgress = (done: number, total: number) => void;

/** The size of the body as it will be read, when the response says it (not when compressed). */
export function bodySize(headers: { get(name: string): string | null }): number {
  const length = Number(headers.get("content-length"));
  const encoded = (headers.get("content-encoding") ?? "identity") !== "identity";
  return Number.isSafeInteger(length) && length > 0 && !encoded ? length : 0;
}

async function fetchChunks(url: URL, signal: AbortSignal, progress: OpenProgress): Promise<Uint8Array[]> {
  const response = await fetch(url, { credentials: "same-origin", signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  const total = bodySize(response.headers);
  const chunks: Uint8Array[] = [];
  let done = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    chunks.push(chunk.value);
    done += chunk.value.byteLength;
    progress(done, total && Math.max(total, done));
  }
  return chunks;
}

function inWorker(path: string, url: URL, chunks: Uint8Array[], started: (worker: Worker) => void) {
  return new Promise<LoadedDataset>((resolve) => {
    const worker = startImportWorker();
    started(worker);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type !== "dataset") return;
      worker.terminate();
      resolve(reviveDataset(event.data.loaded));
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve(unreadableDataset(path, event.message || "the reading worker failed"));
    };
    const request: ImportRequest = { type: "dataset", path, url: url.href, chunks };
    worker.postMessage(request, [...new Set(chunks.map((c) => c.buffer as ArrayBuffer))]);
  });
}

export function openUrlDataset(path: string, base: string, progress: OpenProgress): Opening {
  const url = resolveDatasetUrl(path, base);
  if (typeof url === "string") return { done: Promise.resolve(failedDataset(path, url)), cancel: () => {} };
  const abort = new AbortController();
  let worker: Worker | undefined;
  let settle: (loaded: LoadedDataset | null) => void = () => {};
  const done = new Promise<LoadedDataset | null>((resolve) => (settle = resolve));

  const read = async (): Promise<LoadedDataset> => {
    let chunks: Uint8Array[];
    try {
      chunks = await fetchChunks(url, abort.signal, progress);
    } catch (error) {
      return unreadableDataset(path, error);
    }
    const size = chunks.reduce((sum, c) => sum + c.byteLength, 0);
    progress(size, size);
    if (size <= WORKER_THRESHOLD) return readUrlDataset(path, url, decodeChunks(chunks));
    return inWorker(path, url, chunks, (started) => (worker = started));
  };
  void read().then((loaded) => settle(abort.signal.aborted ? null : loaded));
  return {
    done,
    cancel: () => {
      abort.abort();
      worker?.terminate();
      settle(null);
    },
  };
}
