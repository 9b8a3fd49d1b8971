// The dataset on screen, and the way to change it: a file the reader opens (picker or drop) is
// read and checked; on success the explorer starts afresh on it (its own title, the address reset),
// on failure a dialog lists every problem and the graph already shown stays as it was.
import { useCallback, useMemo, useState } from "react";

import type { DataGraph, SourceTexts } from "../model";
import type { Notice } from "../state/url";
import { ImportDialog } from "../ui/ImportDialog";
import { type ImportControls, ImportProvider, type ImportStatus } from "../ui/import-context";
import { useFileDrop } from "../ui/use-file-drop";
import { Explorer } from "./Explorer";
import { importNotices } from "./import-notices";
import { readImport } from "./read-import";

export interface Dataset {
  graph: DataGraph;
  json: unknown;
  texts: SourceTexts;
  notices?: readonly Notice[];
}

const IDLE: ImportStatus = { phase: "idle" };

export function Workspace({ initial }: { initial: Dataset }) {
  const [current, setCurrent] = useState({ dataset: initial, generation: 0 });
  const [status, setStatus] = useState<ImportStatus>(IDLE);

  const openFiles = useCallback((files: readonly File[]) => {
    if (!files.length) return;
    const names = files.map((f) => f.name).join(", ");
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const reading = readImport(files, (done, size) =>
      setStatus((s) => (s.phase === "reading" ? { ...s, done, total: size } : s)),
    );
    const cancel = () => {
      reading.cancel();
      setStatus(IDLE);
    };
    setStatus({ phase: "reading", names, done: 0, total, cancel });
    void reading.done.then((read) => {
      if (!read) return;
      const { result, texts } = read;
      if (!result.ok) return setStatus({ phase: "failed", names, problems: result.problems });
      // A new graph starts from its own first view: the old address names nodes it may not have.
      window.history.pushState(null, "", window.location.pathname);
      const graph = result.graph as DataGraph;
      setCurrent((was) => ({
        dataset: { graph, json: graph.export(), texts, notices: importNotices(names, result) },
        generation: was.generation + 1,
      }));
      setStatus(IDLE);
    });
  }, []);

  const dismiss = useCallback(() => setStatus(IDLE), []);
  const controls = useMemo<ImportControls>(() => ({ status, openFiles, dismiss }), [status, openFiles, dismiss]);
  const dragging = useFileDrop(openFiles);
  const { dataset, generation } = current;

  return (
    <ImportProvider value={controls}>
      <Explorer
        key={generation}
        graph={dataset.graph}
        json={dataset.json}
        texts={dataset.texts}
        extraNotices={dataset.notices}
      />
      <ImportDialog />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a dataset file to open it</p>
        </div>
      )}
    </ImportProvider>
  );
}
