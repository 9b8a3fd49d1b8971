// A `?dataset=` file fetched a piece at a time: progress for the loading screen, a way to cancel, and
// the import worker started as soon as the size calls for one, so that its script loads while the
// file downloads. The page's entry (src/main.tsx) starts the download before the app's bundle
// has run (prefetchDataset: about 80 ms sooner at 10k nodes, and the worker with it); the opening
// (open-url-dataset.ts) takes that download, or starts its own.
import { datasetParam, resolveDatasetUrl } from "./dataset-address";
import { startImportWorker, WORKER_THRESHOLD } from "./import-worker-start";

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

export interface Download {
  /** Every piece of the body, once all are in; rejects with why the file could not be read. */
  chunks: Promise<Uint8Array[]>;
  /** Calls `progress` for each piece read from now on, and at once with what is in so far. */
  follow(progress: OpenProgress): void;
  /** The import worker, once the file's size has called for one. */
  worker(): Worker | undefined;
  /** Stops the download and the worker. */
  cancel(): void;
}

export function startDownload(url: URL): Download {
  const abort = new AbortController();
  let worker: Worker | undefined;
  let seen: [number, number] | undefined;
  const followers: OpenProgress[] = [];
  const chunks = fetchChunks(url, abort.signal, (done, total) => {
    if (Math.max(done, total) > WORKER_THRESHOLD) worker ??= startImportWorker();
    seen = [done, total];
    for (const follower of followers) follower(done, total);
  });
  chunks.catch(() => {}); // the opening that takes the download reports it
  return {
    chunks,
    follow: (progress) => {
      followers.push(progress);
      if (seen) progress(...seen);
    },
    worker: () => worker,
    cancel: () => {
      abort.abort();
      worker?.terminate();
    },
  };
}

let early: { href: string; download: Download } | null = null;

/** Starts downloading the file the address asks for, if the page may fetch it; else leaves it to the app to say why. */
export function prefetchDataset(search: string, base: string): void {
  const path = datasetParam(search);
  const url = path === null ? null : resolveDatasetUrl(path, base);
  if (url instanceof URL) early = { href: url.href, download: startDownload(url) };
}

/** The download prefetchDataset started for `url`, once: a second opening fetches the file again. */
export function takeDownload(url: URL): Download | null {
  if (early?.href !== url.href) return null;
  const { download } = early;
  early = null;
  return download;
}
