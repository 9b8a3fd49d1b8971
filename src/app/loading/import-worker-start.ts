// When a file is read in the import worker (import-worker.ts) rather than on the page, and how the
// worker is started: shared by Open file (read-import.ts) and `?dataset=` (download.ts), which
// starts it while the file downloads.

export const WORKER_THRESHOLD = 5 * 1024 * 1024;

/** The worker that reads and checks large files (import-worker.ts). */
export function startImportWorker(): Worker {
  return new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
}
