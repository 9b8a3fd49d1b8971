// The right-hand area: the open guided story, else the open lineage, else the open connection, else the selection's details.
// Closing a story brings back what was there before it (the details of the selection).
import { useState } from "react";

import { ConnectionsPanel } from "../trace/ConnectionsPanel";
import { useExplorer, useViewState } from "../context";
import { DetailsPanel } from "../details/DetailsPanel";
import { LineagePanel } from "../trace/LineagePanel";
import { StoryPanel } from "../stories/StoryPanel";

export function RightPanel() {
  const { graph } = useExplorer();
  const { lineage, path, story } = useViewState();
  // A story opened from the page (not by the link the page was opened with) takes the focus.
  const [opened] = useState(() => ({ lineage, path }));
  // A guided story tells its own step: its caption and quotes stand in for the panel the step opens.
  if (story !== null) return <StoryPanel />;
  if (lineage && graph.hasNode(lineage) && graph.getNodeAttribute(lineage, "kind") === "document") {
    return (
      <aside className="details-panel story-area" aria-label="Lineage">
        <LineagePanel docKey={lineage} focusHeading={lineage !== opened.lineage} />
      </aside>
    );
  }
  if (path && path[0] !== path[1] && graph.hasNode(path[0]) && graph.hasNode(path[1])) {
    return (
      <aside className="details-panel story-area" aria-label="Connections">
        <ConnectionsPanel pair={path} focusHeading={path.join() !== opened.path?.join()} />
      </aside>
    );
  }
  return <DetailsPanel />;
}
