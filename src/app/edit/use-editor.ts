// The edit mode's state: the edit log over the dataset on screen, checked by the loader after every
// change, stored in IndexedDB as it is made and brought back after a reload, with undo and redo on
// Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z. What the explorer shows is the draft's last loadable graph.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import type { DatasetRead } from "../../io/read-dataset";
import type { DataGraph, Problem } from "../../model";
import {
  applyEdit,
  checkDraft,
  currentDraft,
  type Draft,
  type Edit,
  type EditLog,
  emptyDraft,
  record,
  redo as redoLog,
  startLog,
  summarise,
  undo as undoLog,
} from "../../state/edits";
import { discardWork, loadWork, saveWork, watchOtherTabs } from "../../state/edits/persist";
import { createStore } from "../../state/store";
import type { EditorValue, PassageChoice } from "../../ui/edit/edit-context";
import type { Dataset } from "../Workspace";
import { saveDraftToFolder, saveDraftZip } from "./save-draft";

const TAB = Math.random().toString(36).slice(2);
const NEW_SLOT = "new";

interface Shown {
  dataset: Dataset;
  /** Counts the graphs shown, so the explorer starts afresh on each. */
  revision: number;
}

interface Session {
  slot: string;
  log: EditLog;
  draft: Draft;
  result: DatasetRead;
  /** The draft's last loadable graph (null until it has one): what the explorer shows. */
  shown: Shown | null;
}

/** The session after its log became `log`: checked by the loader, its graph shown if it loads. */
function advance(was: { slot: string; shown: Shown | null }, log: EditLog): Session {
  const draft = currentDraft(log);
  const result = checkDraft(draft);
  let { shown } = was;
  if (result.ok) {
    const dataset = { graph: result.graph as DataGraph, version: result.version, texts: result.texts };
    shown = { dataset, revision: (shown?.revision ?? 0) + 1 };
  }
  return { slot: was.slot, log, draft, result, shown };
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

const editingKey = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export interface Editing {
  editor: EditorValue | null;
  /** The dataset to show: the draft's, while editing. */
  dataset: Dataset | null;
  /** Changes whenever the shown dataset does. */
  revision: number;
  /** False until stored work has been looked for. */
  ready: boolean;
  start: () => void;
}

export function useEditing(home: Dataset, homeSlot: string, baseDraft: () => Draft): Editing {
  const [session, setSession] = useState<Session | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The explorer waits for the look into IndexedDB (a few milliseconds), so a reload opens on the
  // restored draft and its address (a node only the draft has) stays valid.
  const [ready, setReady] = useState(false);
  const [passage] = useState(() => createStore<PassageChoice | null>(null));
  /** The revision this tab last read or wrote, the log it last stored, and the writes under way. */
  const written = useRef(0);
  const stored = useRef<EditLog | null>(null);
  const queue = useRef(Promise.resolve());
  const channel = useRef<ReturnType<typeof watchOtherTabs> | null>(null);

  // Work left from before (a reload, a crash, a closed tab) comes back, with a notice.
  useEffect(() => {
    let live = true;
    const looked = Promise.all([loadWork(homeSlot), loadWork(NEW_SLOT)]).catch(() => []);
    void looked.then((found) => {
      const latest = found.filter((w) => w !== undefined).sort((a, b) => b!.savedAt - a!.savedAt)[0];
      if (live) setReady(true);
      if (!live || !latest) return;
      written.current = latest.rev;
      stored.current = latest.log;
      setSession(advance({ slot: latest.slot, shown: null }, latest.log));
      const when = new Date(latest.savedAt).toLocaleTimeString();
      const n = latest.log.done.length;
      setMessage(`Your unsaved work was brought back (${n} ${n === 1 ? "change" : "changes"}, last at ${when}).`);
    });
    return () => {
      live = false;
    };
  }, [homeSlot]);

  // Stored as it is made, one write after another; a newer revision from another tab is never
  // written over.
  const log = session?.log;
  const sessionSlot = session?.slot;
  useEffect(() => {
    if (!log || !sessionSlot || log === stored.current) return;
    stored.current = log;
    queue.current = queue.current.then(async () => {
      const result = await saveWork(sessionSlot, TAB, written.current, log);
      if (result.ok) {
        written.current = result.rev;
        channel.current?.told(sessionSlot);
      } else
        setMessage(
          "This dataset was changed in another tab: your latest change here is not stored. Reload the page to continue from that work.",
        );
    });
  }, [log, sessionSlot]);

  const slot = session?.slot;
  useEffect(() => {
    const watch = watchOtherTabs(TAB, (heard) => {
      if (heard === slot)
        setMessage("Another tab is editing this dataset too. Changes made here are kept only if that tab stops.");
    });
    channel.current = watch;
    return watch.close;
  }, [slot]);

  const draft = session?.draft ?? null;
  const result = session?.result ?? null;
  const problems = useMemo(() => (result ? (result.ok ? result.warnings : result.problems) : []), [result]);
  const shown = session?.shown ?? null;

  const change = useCallback((next: (log: EditLog) => EditLog) => {
    setSession((s) => (s ? advance(s, next(s.log)) : s));
  }, []);
  const undo = useCallback(() => change(undoLog), [change]);
  const redo = useCallback(() => change(redoLog), [change]);

  useEffect(() => {
    if (!session) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z" || editingKey(event.target)) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [session, undo, redo]);

  const begin = useCallback((slotName: string, base: Draft) => {
    written.current = 0;
    void discardWork(slotName).then(() => setSession(advance({ slot: slotName, shown: null }, startLog(base))));
  }, []);

  const editor = useMemo((): EditorValue | null => {
    if (!session || !draft) return null;
    const { log } = session;
    return {
      draft,
      problems,
      apply: (edit: Edit) => change((l) => record(l, edit)),
      check: (edit: Edit) => {
        const after = checkDraft(applyEdit(draft, edit));
        return after.ok ? [] : errorsOf(after.problems);
      },
      undo,
      redo,
      canUndo: log.done.length > 0,
      canRedo: log.undone.length > 0,
      history: log.done.map((e) => e.label),
      summary: summarise(log.base, draft),
      passage,
      message,
      stop: () => {
        setSession(null);
        setMessage(null);
      },
      discard: () => {
        void discardWork(session.slot).then(() => {
          setSession(null);
          setMessage(null);
          if (session.slot === NEW_SLOT) window.location.reload();
        });
      },
      startNew: () => begin(NEW_SLOT, emptyDraft()),
      save: () => saveDraftZip(draft),
      saveToFolder: "showDirectoryPicker" in window ? () => void saveDraftToFolder(draft) : null,
    };
  }, [session, draft, problems, change, undo, redo, passage, message, begin]);

  return {
    editor,
    // A draft that never loaded (a new dataset without a source yet) shows the page's dataset.
    dataset: session ? (shown?.dataset ?? home) : null,
    revision: shown?.revision ?? 0,
    ready,
    start: () => begin(homeSlot, baseDraft()),
  };
}
