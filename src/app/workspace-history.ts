// What the workspace does when Back or Forward arrives at an entry, as a pure function of where it
// arrived and what is shown, so every case is tested without a browser (workspace-history.test.ts).
// The explorer's own binding (state/history.ts) restores the view within a dataset; this decides
// between datasets (see dataset-history.ts for how entries are tagged).
import { type FileEntry, fileEntryOf } from "./dataset-history";
import { datasetParam } from "./loading/dataset-address";

/** Where Back or Forward arrived: the entry's history state and its address's query string. */
export interface Arrival {
  state: unknown;
  search: string;
}

export type PopOutcome<T> =
  /** Another `?dataset=` than the page loaded: only loading the page again can show it. */
  | { kind: "reload" }
  /** The dataset shown already: its explorer restores the view. */
  | { kind: "stay" }
  /** The dataset the page loaded. */
  | { kind: "home" }
  /** An opened file still in memory. */
  | { kind: "file"; entry: FileEntry; dataset: T }
  /** An opened file no longer in memory: the entry becomes the home address, with a notice. */
  | { kind: "gone"; entry: FileEntry };

/**
 * @param shownFile the opened file shown now, or null for the page's dataset
 * @param param the `?dataset=` the page loaded (null: the bundled one)
 * @param kept the opened files still in memory
 */
export function afterPopState<T>(
  { state, search }: Arrival,
  shownFile: string | null,
  param: string | null,
  kept: (file: string) => T | undefined,
): PopOutcome<T> {
  const entry = fileEntryOf(state);
  if (!entry && datasetParam(search) !== param) return { kind: "reload" };
  if ((entry?.file ?? null) === shownFile) return { kind: "stay" };
  if (!entry) return { kind: "home" };
  const dataset = kept(entry.file);
  return dataset === undefined ? { kind: "gone", entry } : { kind: "file", entry, dataset };
}

/** Whether an entry shows the dataset of `shown` (an opened file's entry, or null for the page's). */
export function ownsEntry(shown: FileEntry | null, param: string | null, { state, search }: Arrival): boolean {
  const entry = fileEntryOf(state);
  return shown ? entry?.file === shown.file : !entry && datasetParam(search) === param;
}
