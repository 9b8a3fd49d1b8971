// `?dataset=` on the page: the file is fetched a piece at a time, with progress and a way to cancel
// (download.ts, begun by the page's first script), so a large dataset never freezes the page. A
// small one is then parsed and checked here; a large one (past WORKER_THRESHOLD, as for opened
// files) in the import worker; readUrlDataset reads it either way (url-dataset.ts). A JSON file's
// data version is computed meanwhile in another worker (dataset-fingerprint.ts).
import { dataVersion } from "../../io/data-version";
import type { GraphPreview } from "../../io/preview";
import { parseJson } from "../../io/json-text";
import { type Fingerprinting, startFingerprinting } from "./dataset-fingerprint";
import { decodeChunks } from "./decode-chunks";
import { resolveDatasetUrl } from "./dataset-address";
import { type OpenProgress, startDownload, takeDownload } from "./download";
import { type ImportRequest, reviveRead, type WorkerReply } from "./import-messages";
import { startImportWorker, WORKER_THRESHOLD } from "./import-worker-start";
import type { LoadedDataset } from "./load-default";
import { failedDataset, fetchOk, readUrlDataset, unreadableDataset } from "./url-dataset";

/** Past this size the data version is computed in the import worker, after the check. */
export const PARALLEL_VERSION_MAX = 64 * 1024 * 1024;

export interface Opening {
  /** The dataset, or null when cancelled. */
  done: Promise<LoadedDataset | null>;
  cancel: () => void;
}

/**
 * The file's own picture, drawn while the file is checked (io/preview.ts); resolves once it has been
 * drawn (into the canvas, not yet on screen).
 */
export type OnPreview = (preview: GraphPreview) => void | Promise<void>;

/**
 * After the next frame is painted: a picture drawn is on screen before the check goes on. At once in
 * a hidden tab, which paints no frames: there the check goes on without waiting.
 */
const painted = () =>
  typeof document === "undefined" || document.hidden
    ? Promise.resolve()
    : new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Shows the picture, then waits for the frame that puts it on screen. Waiting for a frame from the
 * moment the picture was handed over was not enough: that frame could come before React had drawn
 * it, and then the check's first long task stood between the drawing and the screen (about 100 ms
 * at 1k nodes, in one visit in three).
 */
const shown = async (onPreview: OnPreview, preview: GraphPreview) => {
  await onPreview(preview);
  await painted();
};

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
      if (event.data.type === "preview") {
        return void shown(onPreview, event.data.preview).then(() =>
          worker.postMessage({ type: "drawn" } satisfies ImportRequest),
        );
      }
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
  const download = takeDownload(url) ?? startDownload(url);
  let cancelled = false;
  let worker: Worker | undefined;
  const fingerprinting = startFingerprinting(/\.json$/i.test(url.pathname));
  let settle: (loaded: LoadedDataset | null) => void = () => {};
  const done = new Promise<LoadedDataset | null>((resolve) => (settle = resolve));

  const read = async (): Promise<LoadedDataset> => {
    let chunks: Uint8Array[];
    download.follow(progress);
    try {
      chunks = await download.chunks;
    } catch (error) {
      return unreadableDataset(path, error);
    }
    const size = chunks.reduce((sum, c) => sum + c.byteLength, 0);
    progress(size, size);
    if (size <= WORKER_THRESHOLD) {
      download.worker()?.terminate();
      const text = decodeChunks(chunks);
      const elsewhere = fingerprinting.give(chunks);
      const loaded = await readUrlDataset(path, url, text, fetchOk, {
        versionElsewhere: elsewhere,
        onPreview: (preview) => (cancelled ? undefined : shown(onPreview, preview)),
      });
      return withVersion(loaded, fingerprinting, () => text);
    }
    // A copy for the version worker; the import worker fingerprints the file itself if that worker
    // could not start, or if two parsed copies of the file would take too much memory.
    const elsewhere = size <= PARALLEL_VERSION_MAX && fingerprinting.give(chunks, true);
    const preview = (p: GraphPreview) => (cancelled ? undefined : onPreview(p));
    worker = download.worker() ?? startImportWorker();
    return withVersion(await inWorker(path, url, chunks, worker, elsewhere, preview), fingerprinting);
  };
  void read().then((loaded) => {
    fingerprinting.stop();
    settle(cancelled ? null : loaded);
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      download.cancel();
      worker?.terminate();
      fingerprinting.stop();
      settle(null);
    },
  };
}
