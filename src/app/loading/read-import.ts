// Reads the files a reader opened and checks them with importFiles. Small files are read on the
// page; large ones (past WORKER_THRESHOLD) in a worker, with progress and a way to cancel.
import type { ImportResult } from "../../io";
import type { SourceTexts } from "../../model";
import { type ImportRequest, readAll, revive, sourceTextsOf, type WorkerReply } from "./import-messages";

export const WORKER_THRESHOLD = 5 * 1024 * 1024;

export interface Read {
  result: ImportResult;
  /** The source texts among the files, for the source reader. */
  texts: SourceTexts;
}

export interface Reading {
  /** The result, or null when cancelled. */
  done: Promise<Read | null>;
  cancel: () => void;
}

/** The worker that reads and checks large files (import-worker.ts). */
export function startImportWorker(): Worker {
  return new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
}

export function readImport(files: readonly File[], progress: (done: number, total: number) => void): Reading {
  const size = files.reduce((sum, f) => sum + f.size, 0);
  let cancelled = false;
  if (size <= WORKER_THRESHOLD) {
    return {
      // The readers (GEXF brings an XML library) load on first use, not with the first frame.
      done: Promise.all([readAll(files, progress), import("../../io")]).then(([read, { importFiles }]) =>
        cancelled ? null : { result: importFiles(read), texts: sourceTextsOf(read) },
      ),
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = startImportWorker();
  let settle: (read: Read | null) => void = () => {};
  const done = new Promise<Read | null>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === "progress") return progress(reply.done, reply.total);
    if (reply.type !== "result") return;
    worker.terminate();
    settle({ result: revive(reply.result), texts: reply.texts });
  };
  worker.onerror = (event) => {
    worker.terminate();
    const message = `could not be read: ${event.message || "the reading worker failed"}`;
    const problem = { file: files[0]?.name, where: "file", severity: "error" as const, message };
    settle({ result: { ok: false, problems: [problem] }, texts: {} });
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
