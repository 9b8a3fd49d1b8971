// Which dataset each history entry shows. The page starts on the dataset its address names (the
// bundled one, or `?dataset=`); a file the reader opens starts a new entry tagged with the file,
// and every entry its view adds keeps that tag, so Back past it returns to the dataset shown before
// (in the view it was left in) instead of reading that dataset's address against the file's graph.
// Files live only in this page's memory: an entry whose file is gone (the page was reloaded, or it
// is older than the last few opened) falls back to the address's dataset, saying why.
import type { Notice } from "../state/url";

/** The history state of an entry that shows an opened file. */
export interface FileEntry {
  file: string;
  /** The names of the opened files, for the reader. */
  names: string;
}

export function fileEntryOf(state: unknown): FileEntry | null {
  if (typeof state !== "object" || state === null) return null;
  const { file, names } = state as Partial<FileEntry>;
  return typeof file === "string" && typeof names === "string" ? { file, names } : null;
}

let opened = 0;

/** A tag unique to this page load: a reload starts afresh, and must not find old tags in memory. */
export function newFileEntry(names: string, now = Date.now()): FileEntry {
  opened += 1;
  return { file: `${now.toString(36)}-${opened}`, names };
}

/** How many opened files are kept for Back and Forward; each holds a whole graph in memory. */
export const KEPT_FILES = 3;

/** The opened files still in memory, newest last; older ones are let go. */
export class KeptFiles<T> {
  private readonly kept = new Map<string, T>();
  constructor(private readonly limit = KEPT_FILES) {}
  add(id: string, dataset: T): void {
    this.kept.delete(id);
    this.kept.set(id, dataset);
    for (const old of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(old);
    }
  }
  get(id: string): T | undefined {
    return this.kept.get(id);
  }
}

/** Said when an entry's file is no longer in memory and the address's dataset is shown instead. */
export function goneFileNotice(entry: FileEntry, shown: string): Notice {
  return {
    level: "info",
    message: `This page showed ${entry.names}, a file opened earlier that is no longer open: opened files are not kept when the page is reloaded, and only the last ${KEPT_FILES} are kept. Showing "${shown}" instead; open the file again to see it.`,
  };
}

/** The address of the first view of the dataset the page was loaded with. */
export function homeAddress(pathname: string, datasetParam: string | null): string {
  return datasetParam === null ? pathname : `${pathname}?dataset=${encodeURIComponent(datasetParam)}`;
}
