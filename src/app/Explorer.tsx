// The explorer's page for one loaded dataset: header, notices, side panel, canvas, details and
// status line, all sharing one session (state/session.ts) whose view is bound to the address bar.
import { useCallback, useEffect, useState } from "react";

import type { DataGraph, SourceTexts } from "../model";
import { bindHistory, type HistoryOptions } from "../state/history";
import { openSession } from "../state/session";
import type { Store } from "../state/store";
import type { Notice } from "../state/url";
import { CanvasToolbar } from "../ui/shell/CanvasToolbar";
import { ExplorerProvider, useExplorer, useStore } from "../ui/context";
import { EditBar } from "../ui/edit/EditBar";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { useVisibleNodes } from "../ui/hooks";
import { NoticeBar } from "../ui/shell/NoticeBar";
import { RightPanel } from "../ui/shell/RightPanel";
import { SidePanel } from "../ui/shell/SidePanel";
import { SkipLink } from "../ui/shell/SkipLink";
import { SourceReader } from "../ui/reader/SourceReader";
import { StatusLine } from "../ui/shell/StatusLine";
import { EmbedShell, isEmbed } from "../ui/stories/EmbedShell";
import { presenting } from "../ui/stories/presenting";
import { useStepKeys } from "../ui/stories/use-step-keys";
import { TableView } from "../ui/table/TableView";
import { GraphView } from "../view/GraphView";
import { Header } from "./Header";

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
  // The address is parsed once, here, so the first frame already shows the linked view and the
  // notices survive the address being rewritten to its canonical form by bindHistory. A draft's
  // address carries the version of the draft before the last edit: it is not compared.
  const [{ session, notices }] = useState(() => {
    const search = new URLSearchParams(window.location.search);
    if (draft) search.delete("v");
    return openSession({ graph, version, texts }, `?${search}`);
  });
  const [shown] = useState(() => [...extraNotices, ...notices]);
  // Fixed for the explorer's life: the workspace starts a new explorer for another dataset.
  const [entries] = useState(() => history);
  useEffect(
    () => bindHistory(session.view, { graph: session.graph, version: session.version }, window, entries),
    [session, entries],
  );
  useEffect(() => {
    const timer = setTimeout(() => session.drawn.set(true), FIRST_FRAME_WAIT_MS);
    return () => clearTimeout(timer);
  }, [session]);
  const [embed] = useState(() => isEmbed(window.location.search));
  const present = useStore(presenting);
  if (embed)
    return (
      <ExplorerProvider value={session}>
        <StepKeys />
        <ErrorBoundary place="the embedded graph" className="canvas-failed">
          <EmbedShell canvas={<Canvas />} />
        </ErrorBoundary>
      </ExplorerProvider>
    );
  return (
    <ExplorerProvider value={session}>
      <StepKeys />
      <div className={present ? "app-shell presenting" : "app-shell"}>
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
            <Canvas />
          </ErrorBoundary>
          <ErrorBoundary place="the canvas toolbar">
            <CanvasToolbar />
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
            <StatusLine />
          </ErrorBoundary>
        </footer>
      </div>
    </ExplorerProvider>
  );
}

function StepKeys() {
  useStepKeys();
  return null;
}

function Canvas() {
  const { drawn } = useExplorer();
  const visible = useVisibleNodes();
  const onDrawn = useCallback(() => afterFirstFrame(drawn), [drawn]);
  return <GraphView visible={visible} onDrawn={onDrawn} />;
}
