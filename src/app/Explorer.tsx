// The explorer's page for one loaded dataset: header, notices, side panel, canvas, details and
// status line, all sharing one view store (bound to the address bar) and one hover store.
import { useCallback, useEffect, useState } from "react";

import type { DataGraph, SourceTexts } from "../model";
import { bindHistory, type HistoryOptions } from "../state/history";
import { createStore, type Store } from "../state/store";
import { type Notice, parseViewUrl } from "../state/url";
import type { ViewState } from "../state/view-state";
import { CanvasToolbar } from "../ui/shell/CanvasToolbar";
import { ExplorerProvider, type ExplorerContextValue, useExplorer } from "../ui/context";
import { EditBar } from "../ui/edit/EditBar";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { useVisibleNodes } from "../ui/hooks";
import { NoticeBar } from "../ui/shell/NoticeBar";
import { RightPanel } from "../ui/shell/RightPanel";
import { SidePanel } from "../ui/shell/SidePanel";
import { SkipLink } from "../ui/shell/SkipLink";
import { SourceReader } from "../ui/reader/SourceReader";
import { StatusLine } from "../ui/shell/StatusLine";
import { TableView } from "../ui/table/TableView";
import { GraphView } from "../view/GraphView";
import { Header } from "./Header";

interface Start {
  explorer: ExplorerContextValue;
  notices: Notice[];
}

function start(graph: DataGraph, version: string, texts: SourceTexts, draft: boolean): Start {
  // Parsed once here, so the first frame already shows the linked view and the notices survive
  // the address being rewritten to its canonical form by bindHistory. A draft's address carries the
  // version of the draft before the last edit: it is not compared.
  const search = new URLSearchParams(window.location.search);
  if (draft) search.delete("v");
  const { state, notices } = parseViewUrl(`?${search}`, { graph, version });
  const view = createStore<ViewState>(state);
  const hover = createStore<string | null>(null);
  return { explorer: { graph, version, texts, view, hover, drawn: createStore(false) }, notices };
}

/**
 * The view store as bindHistory sees it: setting a view equal to the shown one changes nothing.
 * bindHistory starts by setting the view it parses from the address, which start() already did;
 * as a new object it would render every panel and the canvas a second time before the first frame.
 */
function ignoringEqual(view: Store<ViewState>): Store<ViewState> {
  const same = (a: ViewState, b: ViewState) => a === b || JSON.stringify(a) === JSON.stringify(b);
  return {
    ...view,
    set: (next) => {
      const resolved = typeof next === "function" ? next(view.get()) : next;
      if (!same(resolved, view.get())) view.set(resolved);
    },
  };
}

/**
 * Panels that can wait (useCanvasDrawn) render once the canvas's first frame is on screen; and at
 * the latest after FIRST_FRAME_WAIT_MS, should the canvas never draw.
 */
const FIRST_FRAME_WAIT_MS = 5000;

function afterFirstFrame(drawn: Store<boolean>): void {
  requestAnimationFrame(() => setTimeout(() => drawn.set(true)));
}

interface Props {
  graph: DataGraph;
  /** The data version links carry (`v=`), from datasetVersion. */
  version: string;
  /** Full text of the sources, for the source reader. */
  texts?: SourceTexts;
  /** Shown above the URL's notices (what opening an imported file found, say). */
  extraNotices?: readonly Notice[];
  /** How this view's history entries are told from other datasets' (see dataset-history.ts). */
  history?: HistoryOptions;
  /** A draft of the edit mode, started afresh after each edit. */
  draft?: boolean;
}

export function Explorer({ graph, version, texts = {}, extraNotices = [], history, draft = false }: Props) {
  const [{ explorer, notices }] = useState(() => start(graph, version, texts, draft));
  const [shown] = useState(() => [...extraNotices, ...notices]);
  // Fixed for the explorer's life: the workspace starts a new explorer for another dataset.
  const [entries] = useState(() => history);
  useEffect(() => {
    const ctx = { graph: explorer.graph, version: explorer.version };
    const bound = bindHistory(ignoringEqual(explorer.view), ctx, window, entries);
    return bound.dispose;
  }, [explorer, entries]);
  useEffect(() => {
    const timer = setTimeout(() => explorer.drawn?.set(true), FIRST_FRAME_WAIT_MS);
    return () => clearTimeout(timer);
  }, [explorer]);
  // The time player's step: shared by the player and the canvas, not part of the link.
  const [playhead] = useState(() => createStore<number | null>(null));
  return (
    <ExplorerProvider value={explorer}>
      <div className="app-shell">
        <SkipLink />
        <ErrorBoundary place="the header">
          <Header />
        </ErrorBoundary>
        <div className="notice-area">
          <NoticeBar notices={shown} />
          <ErrorBoundary place="the edit bar">
            <EditBar />
          </ErrorBoundary>
        </div>
        <div className="side-area">
          <ErrorBoundary place="the side panel">
            <SidePanel />
          </ErrorBoundary>
        </div>
        <main className="graph-area" aria-label="Graph">
          <ErrorBoundary place="the canvas" className="canvas-failed">
            <Canvas playhead={playhead} />
          </ErrorBoundary>
          <ErrorBoundary place="the canvas toolbar">
            <CanvasToolbar playhead={playhead} />
          </ErrorBoundary>
          <ErrorBoundary place="the table view">
            <TableView />
          </ErrorBoundary>
          <ErrorBoundary place="the source reader">
            <SourceReader />
          </ErrorBoundary>
        </main>
        <div className="details-area">
          <ErrorBoundary place="the details panel">
            <RightPanel />
          </ErrorBoundary>
        </div>
        <footer className="status-area">
          <ErrorBoundary place="the status line">
            <StatusLine playhead={playhead} />
          </ErrorBoundary>
        </footer>
      </div>
    </ExplorerProvider>
  );
}

function Canvas({ playhead }: { playhead: Store<number | null> }) {
  const { graph, view, hover, drawn } = useExplorer();
  const visible = useVisibleNodes();
  const onDrawn = useCallback(() => {
    if (drawn) afterFirstFrame(drawn);
  }, [drawn]);
  return <GraphView graph={graph} view={view} hover={hover} visible={visible} playhead={playhead} onDrawn={onDrawn} />;
}
