// The header's controls: graph or table, guided stories, export, open a file, keyboard shortcuts.
import { setViewMode } from "../../state/transitions";
import type { ViewMode } from "../../state/view-state";
import { useUpdateView, useViewState } from "../context";
import { ExportMenu } from "../files/ExportMenu";
import { OpenFileButton } from "../files/OpenFileButton";
import { StoriesMenu } from "../stories/StoriesMenu";
import { Shortcuts } from "./Shortcuts";

const MODES: [ViewMode, string][] = [
  ["graph", "Graph"],
  ["table", "Table"],
];

export function Toolbar() {
  const { view } = useViewState();
  const update = useUpdateView();
  return (
    <div className="toolbar" role="group" aria-label="View and data">
      <div className="segmented" role="group" aria-label="Show as">
        {MODES.map(([mode, label]) => (
          <button
            key={mode}
            type="button"
            className="button"
            aria-pressed={view === mode}
            onClick={() => update((state) => setViewMode(state, mode))}
          >
            {label}
          </button>
        ))}
      </div>
      <StoriesMenu />
      <ExportMenu />
      <OpenFileButton />
      <Shortcuts />
    </div>
  );
}
