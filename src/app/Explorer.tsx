// The explorer's page for one loaded dataset: header, side panel, canvas, details and status line,
// all sharing one view store and one hover store.
import { useState } from "react";

import type { DataGraph } from "../model";
import { createStore } from "../state/store";
import { DEFAULT_VIEW, type ViewState } from "../state/view-state";
import { ExplorerProvider, type ExplorerContextValue } from "../ui/context";
import { GraphView } from "../view/GraphView";
import { Header } from "./Header";
import { SimpleLegend } from "./SimpleLegend";

export function Explorer({ graph, json }: { graph: DataGraph; json: unknown }) {
  void json;
  const [explorer] = useState<ExplorerContextValue>(() => ({
    graph,
    version: "",
    view: createStore<ViewState>(DEFAULT_VIEW),
    hover: createStore<string | null>(null),
  }));
  return (
    <ExplorerProvider value={explorer}>
      <div className="app-shell">
        <Header />
        <aside className="side-panel" aria-label="Search, filters and legend">
          <SimpleLegend />
        </aside>
        <main className="graph-area" aria-label="Graph">
          <GraphView graph={graph} view={explorer.view} hover={explorer.hover} />
        </main>
      </div>
    </ExplorerProvider>
  );
}
