// `?dataset=` on the page: the file is fetched a piece at a time, with progress and a way to cancel,
// so a large dataset never freezes the page. A small one is then parsed and checked here; a large
// one (past WORKER_THRESHOLD, as for opened files) in the import worker; readUrlDataset reads it
// either way (url-dataset.ts). A JSON file's data version is computed meanwhile in another worker
// (dataset-fingerprint.ts).
import { dataVersion } from "../../io/data-version";
import type { GraphPreview } from "../../io/preview";
import { parseJson } from "../../io/json-text";
import { type Fingerprinting, startFingerprinting } from "./dataset-fingerprint";
import { decodeChunks } from "./decode-chunks";
import { type ImportRequest, reviveRead, type WorkerReply } from "./import-messages";
import type { LoadedDataset } from "./load-default";
import { startImportWorker, WORKER_THRESHOLD } from "./read-import";
import { failedDataset, fetchOk, readUrlDataset, resolveDatasetUrl, unreadableDataset } from "./url-dataset";

/** Past this size the data version is computed in the import worker, after the check. */
export const PARALLEL_VERSION_MAX = 64 * 1024 * 1024;

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

/** The file's own picture, drawn while the file is checked (io/preview.ts). */
export type OnPreview = (preview: GraphPreview) => void;

/** After the next frame is painted: a preview set on the page is on screen before the check goes on. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function inWorker(
  path: string,
  url: URL,
  chunks: Uint8Array[],
  worker: Worker,
  versionElsewhere: boolean,
  onPreview: OnPreview,
) {
  return new Promise<LoadedDataset>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === "preview") return onPreview(event.data.preview);
      if (event.data.type !== "read") return;
      worker.terminate();
      resolve({ file: path, result: reviveRead(event.data.read) });
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve(unreadableDataset(path, event.message || "the reading worker failed"));
    };
    const request: ImportRequest = { type: "dataset", path, url: url.href, chunks, versionElsewhere };
    worker.postMessage(request, [...new Set(chunks.map((c) => c.buffer as ArrayBuffer))]);
  });
}

/**
 * The version worker's version for a JSON file read without one; when that worker gave none (it
 * failed), the version of the text, if the page still has it.
 */
async function withVersion(loaded: LoadedDataset, fingerprinting: Fingerprinting, text?: () => string) {
  const { result } = loaded;
  if (!result.ok || result.version) return loaded;
  let version = await fingerprinting.version;
  if (version === null && text) {
    const parsed = parseJson(text());
    version = parsed.ok ? dataVersion({ json: parsed.value }) : null;
  }
  return { ...loaded, result: { ...result, version: version ?? "" } };
}

export function openUrlDataset(
  path: string,
  base: string,
  progress: OpenProgress,
  onPreview: OnPreview = () => {},
): Opening {
  const url = resolveDatasetUrl(path, base);
  if (typeof url === "string") return { done: Promise.resolve(failedDataset(path, url)), cancel: () => {} };
  const abort = new AbortController();
  const fingerprinting = startFingerprinting();
  let worker: Worker | undefined;
  // A large file is checked in the import worker: started as soon as the size is known to call
  // for it, its script loads while the file downloads.
  const importWorker = () => (worker ??= startImportWorker());
  let settle: (loaded: LoadedDataset | null) => void = () => {};
  const done = new Promise<LoadedDataset | null>((resolve) => (settle = resolve));

  const read = async (): Promise<LoadedDataset> => {
    let chunks: Uint8Array[];
    try {
      chunks = await fetchChunks(url, abort.signal, (got, total) => {
        if (Math.max(got, total) > WORKER_THRESHOLD) importWorker();
        progress(got, total);
      });
    } catch (error) {
      return unreadableDataset(path, error);
    }
    const size = chunks.reduce((sum, c) => sum + c.byteLength, 0);
    progress(size, size);
    if (size <= WORKER_THRESHOLD) {
      worker?.terminate();
      const text = decodeChunks(chunks);
      const elsewhere = fingerprinting.give(chunks);
      const loaded = await readUrlDataset(path, url, text, fetchOk, {
        versionElsewhere: elsewhere,
        onPreview: (preview) => {
          if (abort.signal.aborted) return;
          onPreview(preview);
          return painted();
        },
      });
      return withVersion(loaded, fingerprinting, () => text);
    }
    // A copy for the version worker; the import worker fingerprints the file itself if that worker
    // could not start, or if two parsed copies of the file would take too much memory.
    const elsewhere = size <= PARALLEL_VERSION_MAX && fingerprinting.give(chunks, true);
    const preview = (p: GraphPreview) => !abort.signal.aborted && onPreview(p);
    return withVersion(await inWorker(path, url, chunks, importWorker(), elsewhere, preview), fingerprinting);
  };
  void read().then((loaded) => {
    fingerprinting.stop();
    settle(abort.signal.aborted ? null : loaded);
  });
  return {
    done,
    cancel: () => {
      abort.abort();
      worker?.terminate();
      fingerprinting.stop();
      settle(null);
    },
  };
}
