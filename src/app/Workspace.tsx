// The dataset on screen, and the way to change it: a file the reader opens (picker or drop) is
// read and checked; on success the explorer starts afresh on it (its own title, the address reset,
// a history entry of its own), on failure a dialog lists every problem and the graph already shown
// stays as it was. Back and Forward across an opened file switch datasets (workspace-history.ts).
import { useCallback, useEffect, useMemo, useState } from "react";

import type { DataGraph, SourceTexts } from "../model";
import type { HistoryOptions } from "../state/history";
import type { Notice } from "../state/url";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { ImportDialog } from "../ui/files/ImportDialog";
import { type ImportControls, ImportProvider, type ImportStatus } from "../ui/files/import-context";
import { useFileDrop } from "../ui/files/use-file-drop";
import { type FileEntry, fileEntryOf, goneFileNotice, homeAddress, KeptFiles, newFileEntry } from "./dataset-history";
import { Explorer } from "./Explorer";
import { importNotices } from "./loading/import-notices";
import { readImport } from "./loading/read-import";
import { useEditing } from "./edit/use-editor";
import { draftFrom, type ContractJson } from "../state/edits";
import { EditorProvider, EditStartProvider } from "../ui/edit/edit-context";
import { afterPopState, ownsEntry } from "./workspace-history";

export interface Dataset {
  graph: DataGraph;
  version: string;
  texts: SourceTexts;
  notices?: readonly Notice[];
}

const IDLE: ImportStatus = { phase: "idle" };

interface Shown {
  /** The opened file shown, or null for the dataset the address names. */
  entry: FileEntry | null;
  dataset: Dataset;
  notices: readonly Notice[];
  /** Bumped on every switch, so the explorer starts afresh from the address. */
  generation: number;
}

const titleOf = (dataset: Dataset) => String(dataset.graph.getAttribute("title") ?? "the dataset");

/** What the page shows when it loads: an entry of an opened file (a reload) has lost its file. */
function arrive(home: Dataset, param: string | null): Shown {
  const gone = fileEntryOf(window.history.state);
  if (gone) window.history.replaceState(null, "", homeAddress(window.location.pathname, param));
  const notices = gone ? [goneFileNotice(gone, titleOf(home))] : (home.notices ?? []);
  return { entry: null, dataset: home, notices, generation: 0 };
}

interface Props {
  initial: Dataset;
  param?: string | null;
  /**
   * The bundled dataset's JSON as its file has it, when that is the dataset shown: the edit mode
   * starts from it, so a save keeps its order. Given by the page rather than imported, so that a
   * page opening another dataset never fetches the bundled one.
   */
  defaultJson?: () => unknown;
}

export function Workspace({ initial, param = null, defaultJson }: Props) {
  const [shown, setShown] = useState(() => arrive(initial, param));
  const [files] = useState(() => new KeptFiles<Dataset>());
  const [status, setStatus] = useState<ImportStatus>(IDLE);
  const shownFile = shown.entry?.file ?? null;

  useEffect(() => {
    const show = (entry: FileEntry | null, dataset: Dataset, notices: readonly Notice[]) =>
      setShown((was) => ({ entry, dataset, notices, generation: was.generation + 1 }));
    const onPopState = () => {
      const arrived = { state: window.history.state, search: window.location.search };
      const next = afterPopState(arrived, shownFile, param, (file) => files.get(file));
      switch (next.kind) {
        case "reload":
          return window.location.reload();
        case "stay":
          return;
        case "home":
          return show(null, initial, []);
        case "file":
          return show(next.entry, next.dataset, next.dataset.notices ?? []);
        case "gone":
          window.history.replaceState(null, "", homeAddress(window.location.pathname, param));
          return show(null, initial, [goneFileNotice(next.entry, titleOf(initial))]);
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [files, initial, param, shownFile]);

  const openFiles = useCallback(
    (opened: readonly File[]) => {
      if (!opened.length) return;
      const names = opened.map((f) => f.name).join(", ");
      const total = opened.reduce((sum, f) => sum + f.size, 0);
      const reading = readImport(opened, (done, size) =>
        setStatus((s) => (s.phase === "reading" ? { ...s, done, total: size } : s)),
      );
      const cancel = () => {
        reading.cancel();
        setStatus(IDLE);
      };
      setStatus({ phase: "reading", names, done: 0, total, cancel });
      void reading.done.then((read) => {
        if (!read) return;
        if (!read.ok) return setStatus({ phase: "failed", names, problems: read.problems });
        const { graph, version, texts } = read;
        const dataset = { graph, version, texts, notices: importNotices(names, read) };
        // A new graph starts from its own first view, in an entry of its own: the old address names
        // nodes it may not have, and Back returns to the graph shown before.
        const entry = newFileEntry(names);
        files.add(entry.file, dataset);
        window.history.pushState(entry, "", window.location.pathname);
        setShown((was) => ({ entry, dataset, notices: dataset.notices, generation: was.generation + 1 }));
        setStatus(IDLE);
      });
    },
    [files],
  );

  const dismiss = useCallback(() => setStatus(IDLE), []);
  const controls = useMemo<ImportControls>(() => ({ status, openFiles, dismiss }), [status, openFiles, dismiss]);
  const dragging = useFileDrop(openFiles);
  const { entry, dataset: home, notices, generation } = shown;
  const slot = entry ? `file:${entry.names}` : (param ?? "default");
  const editing = useEditing(home, slot, () =>
    draftFrom(
      (entry || !defaultJson ? structuredClone(home.graph.export()) : defaultJson()) as ContractJson,
      home.texts,
    ),
  );
  const dataset = editing.dataset ?? home;
  const history = useMemo<HistoryOptions>(
    () => ({
      entry,
      owns: (state) => ownsEntry(entry, param, { state, search: window.location.search }),
    }),
    [entry, param],
  );

  if (!editing.ready)
    return (
      <p className="first-paint-status" role="status">
        Loading the graph…
      </p>
    );
  return (
    <ImportProvider value={controls}>
      <EditStartProvider value={editing.editor ? null : editing.start}>
        <EditorProvider value={editing.editor}>
          {/* An opened file whose graph cannot be shown: a message, and Back to the graph before it. */}
          <ErrorBoundary
            key={`${generation}:${editing.revision}`}
            place={`the graph of ${entry ? entry.names : titleOf(dataset)}`}
            action={entry ? { label: "Back to the previous graph", run: () => window.history.back() } : undefined}
            className="explorer-failed"
          >
            <Explorer
              graph={dataset.graph}
              version={dataset.version}
              texts={dataset.texts}
              extraNotices={editing.editor ? [] : notices}
              draft={editing.editor !== null}
              history={history}
            />
          </ErrorBoundary>
        </EditorProvider>
      </EditStartProvider>
      <ImportDialog />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a dataset file to open it</p>
        </div>
      )}
    </ImportProvider>
  );
}
