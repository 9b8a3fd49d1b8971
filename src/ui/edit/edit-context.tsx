// What the edit mode's panels share: the draft being edited, what the loader says of it, and the
// ways to change it. Absent (null) in the reading mode, so every edit control renders nothing there.
import { createContext, useContext, type ReactNode } from "react";

import type { Problem } from "../../model";
import type { ChangeSummary, Draft, Edit } from "../../state/edits";
import type { Store } from "../../state/store";

/** A passage selected in the source reader: what a new fact would quote. */
export interface PassageChoice {
  source: string;
  /** The selection as the reader sees it (white space collapsed): the quote. */
  exact: string;
  /** Which occurrence of `exact` in the source's normalised text (0: the first). */
  occurrence: number;
}

export interface EditorValue {
  draft: Draft;
  /** Problems of the draft as it stands (the loader's, located by node, edge and field). */
  problems: readonly Problem[];
  /** Records an edit (undoable); refused edits never get here: forms check them first. */
  apply: (edit: Edit) => void;
  /** The problems the draft would have after `edit`: forms show them at their fields, live. */
  check: (edit: Edit) => readonly Problem[];
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Labels of the done edits, latest last. */
  history: readonly string[];
  summary: ChangeSummary;
  /** The passage the "Cite this passage" form is open on, if any. */
  passage: Store<PassageChoice | null>;
  /** Says something to the user in the edit bar (restored work, another tab, saved). */
  message: string | null;
  stop: () => void;
  discard: () => void;
  startNew: () => void;
  save: () => void;
  saveToFolder: (() => void) | null;
}

const EditorContext = createContext<EditorValue | null>(null);

export function EditorProvider({ value, children }: { value: EditorValue | null; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

/** The editor, or null in the reading mode. */
export const useEditor = (): EditorValue | null => useContext(EditorContext);

const EditStartContext = createContext<(() => void) | null>(null);

/** Starts the edit mode on the dataset shown; null while editing (or where editing is not offered). */
export function EditStartProvider({ value, children }: { value: (() => void) | null; children: ReactNode }) {
  return <EditStartContext.Provider value={value}>{children}</EditStartContext.Provider>;
}

export const useEditStart = (): (() => void) | null => useContext(EditStartContext);
