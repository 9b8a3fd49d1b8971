// The work in progress, kept in the browser's IndexedDB as it is made (one record per dataset),
// so a reload, a crash or a closed tab loses nothing. Each write says which revision it follows:
// a write over another tab's newer revision is refused, so two tabs never silently overwrite
// each other, and a BroadcastChannel tells the other tabs at once.
import { createStore, del, get, type UseStore, update } from "idb-keyval";

import type { EditLog } from "./log";

export interface StoredWork {
  /** Which dataset: the page's `?dataset=` path ("default" for the bundled one), or "new". */
  slot: string;
  /** Counts the writes; a tab writes only over the revision it last read or wrote. */
  rev: number;
  /** The tab that wrote it. */
  tab: string;
  savedAt: number;
  log: EditLog;
}

let db: UseStore | undefined;
const store = () => (db ??= createStore("policy-lineage-edits", "work"));

export const loadWork = (slot: string): Promise<StoredWork | undefined> => get<StoredWork>(slot, store());

export const discardWork = (slot: string): Promise<void> => del(slot, store());

export type WriteResult = { ok: true; rev: number } | { ok: false; theirs: StoredWork };

/** Writes the log as revision `after + 1`, unless another tab wrote since revision `after`. */
export async function saveWork(slot: string, tab: string, after: number, log: EditLog): Promise<WriteResult> {
  let result: WriteResult = { ok: true, rev: after + 1 };
  await update<StoredWork>(
    slot,
    (stored) => {
      if (stored && stored.rev !== after && stored.tab !== tab) {
        result = { ok: false, theirs: stored };
        return stored;
      }
      return { slot, rev: after + 1, tab, savedAt: Date.now(), log };
    },
    store(),
  );
  return result;
}

const CHANNEL = "policy-lineage-edits";

/** Tells other tabs that `slot` was written; calls `heard` when another tab writes. */
export function watchOtherTabs(
  tab: string,
  heard: (slot: string) => void,
): { told: (slot: string) => void; close: () => void } {
  if (typeof BroadcastChannel === "undefined") return { told: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ slot: string; tab: string }>) => {
    if (event.data.tab !== tab) heard(event.data.slot);
  };
  return { told: (slot) => channel.postMessage({ slot, tab }), close: () => channel.close() };
}
