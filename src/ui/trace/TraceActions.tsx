// The ways into a story from a node's details: "Trace lineage" for a document, and "How is this
// connected to…", which asks for the other node with the search combobox. Opening one story closes
// the other, so the panel and the canvas always show the same one.
import { useState } from "react";

import { setLineage, setPath } from "../../state/transitions";
import { useExplorer, useUpdateView } from "../context";
import { NodePicker } from "../search/NodePicker";
import "./trace.css";

export function TraceActions({ nodeKey }: { nodeKey: string }) {
  const { graph } = useExplorer();
  const update = useUpdateView();
  const [picking, setPicking] = useState(false);
  const isDocument = graph.getNodeAttribute(nodeKey, "kind") === "document";
  const label = graph.getNodeAttribute(nodeKey, "label");

  return (
    <div className="story-actions">
      <div className="story-buttons">
        {isDocument && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => update((state) => setLineage(setPath(state, null), nodeKey))}
          >
            Trace lineage
          </button>
        )}
        <button type="button" className="button" aria-expanded={picking} onClick={() => setPicking((open) => !open)}>
          How is this connected to…
        </button>
      </div>
      {picking && (
        <NodePicker
          label={`Connect “${label}” to`}
          exclude={[nodeKey]}
          autoFocus
          onCancel={() => setPicking(false)}
          onPick={(other) => {
            setPicking(false);
            update((state) => setPath(setLineage(state, null), [nodeKey, other]));
          }}
        />
      )}
    </div>
  );
}
