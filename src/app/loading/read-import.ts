// Reads the files a reader opened with readDataset. Small files are read on the page; large ones
// (past WORKER_THRESHOLD) in the import worker, with progress and a way to cancel.
import { type DatasetRead, readDataset } from "../../io/read-dataset";
import { type ImportRequest, readAll, reviveRead, type WorkerReply } from "./import-messages";
import { startImportWorker, WORKER_THRESHOLD } from "./import-worker-start";

export interface Reading {
  /** The dataset read, or null when cancelled. */
  done: Promise<DatasetRead | null>;
  cancel: () => void;
}

export function readImport(files: readonly File[], progress: (done: number, total: number) => void): Reading {
  const size = files.reduce((sum, f) => sum + f.size, 0);
  let cancelled = false;
  if (size <= WORKER_THRESHOLD) {
    return {
      done: readAll(files, progress).then((read) => (cancelled ? null : readDataset(read))),
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = startImportWorker();
  let settle: (read: DatasetRead | null) => void = () => {};
  const done = new Promise<DatasetRead | null>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === "progress") return progress(reply.done, reply.total);
    if (reply.type === "preview") return;
    worker.terminate();
    settle(reviveRead(reply.read));
  };
  worker.onerror = (event) => {
    worker.terminate();
    const message = `could not be read: ${event.message || "the reading worker failed"}`;
    settle({ ok: false, problems: [{ file: files[0]?.name, where: "file", severity: "error", message }] });
  };
  worker.postMessage({ type: "files", files: [...files] } satisfies ImportRequest);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
