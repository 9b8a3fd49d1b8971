// Undo and redo over a base draft: the current draft is the base with the done edits applied.
import { applyEdit, type Edit } from "./changes";
import type { Draft } from "./draft";

export interface EditLog {
  base: Draft;
  done: readonly Edit[];
  /** Undone edits, the most recently undone last; any new edit clears them. */
  undone: readonly Edit[];
}

export const startLog = (base: Draft): EditLog => ({ base, done: [], undone: [] });

export const currentDraft = (log: EditLog): Draft => log.done.reduce(applyEdit, log.base);

export const record = (log: EditLog, edit: Edit): EditLog => ({ ...log, done: [...log.done, edit], undone: [] });

export function undo(log: EditLog): EditLog {
  const last = log.done.at(-1);
  return last ? { ...log, done: log.done.slice(0, -1), undone: [...log.undone, last] } : log;
}

export function redo(log: EditLog): EditLog {
  const next = log.undone.at(-1);
  return next ? { ...log, done: [...log.done, next], undone: log.undone.slice(0, -1) } : log;
}
