// The right panel: the selected node's (or relation's) details, or a welcome when nothing is selected.
import { useCallback, useState } from "react";

import { selectEdge } from "../../state/transitions";
import { useExplorer, useUpdateView, useViewState } from "../context";
import { EdgeDetails } from "./EdgeDetails";
import { useSelect } from "../hooks";
import { NodeDetails } from "./NodeDetails";
import { Welcome } from "../shell/Welcome";

export function DetailsPanel() {
  const { graph } = useExplorer();
  const { select, edge } = useViewState();
  const update = useUpdateView();
  const setSelected = useSelect();
  // The node the reader reached by following a relation inside the panel: focus follows them to
  // it instead of falling back to the page when the button they pressed disappears.
  const [followed, setFollowed] = useState<string | null>(null);
  const follow = useCallback(
    (key: string | null) => {
      setFollowed(key);
      setSelected(key);
    },
    [setSelected],
  );
  const focused = useCallback(() => setFollowed(null), []);
  return (
    <aside className="details-panel" aria-label="Details">
      {select && graph.hasNode(select) ? (
        <NodeDetails
          key={select}
          nodeKey={select}
          onSelect={follow}
          focusHeading={followed === select}
          onFocused={focused}
        />
      ) : edge && graph.hasEdge(edge) ? (
        <EdgeDetails key={edge} edgeKey={edge} onSelect={follow} onClose={() => update((s) => selectEdge(s, null))} />
      ) : (
        <Welcome />
      )}
    </aside>
  );
}
