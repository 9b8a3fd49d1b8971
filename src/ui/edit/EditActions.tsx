// The details panel's edit buttons, shown only in the edit mode: edit or remove a node, remove a
// relation or one of its citations.
import { useState } from "react";

import { removeEdge, updateEdge } from "../../state/edits";
import { selectNode } from "../../state/transitions";
import { useUpdateView } from "../context";
import { useEditor } from "./edit-context";
import { NodeEditor } from "./NodeEditor";

export function NodeEditActions({ nodeKey }: { nodeKey: string }) {
  const editor = useEditor();
  const [open, setOpen] = useState(false);
  if (!editor) return null;
  return (
    <div className="edit-actions details-edit">
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Edit node…
      </button>
      {open && <NodeEditor nodeKey={nodeKey} onClose={() => setOpen(false)} />}
    </div>
  );
}

export function EdgeEditActions({ edgeKey, sentence }: { edgeKey: string; sentence: string }) {
  const editor = useEditor();
  const update = useUpdateView();
  if (!editor) return null;
  const edge = editor.draft.edges.find((e) => e.key === edgeKey);
  if (!edge) return null;
  const { sources } = edge.attributes;
  return (
    <div className="edit-actions details-edit">
      <button
        type="button"
        className="button is-danger"
        onClick={() => {
          update((state) => selectNode(state, edge.source));
          editor.apply(removeEdge(editor.draft, edgeKey, sentence));
        }}
      >
        Remove relation
      </button>
      {sources.length > 1 &&
        sources.map((c, i) => (
          <button
            key={i}
            type="button"
            className="link-button"
            onClick={() =>
              editor.apply(
                updateEdge(
                  editor.draft,
                  edgeKey,
                  { ...edge.attributes, sources: sources.filter((_, j) => j !== i) },
                  sentence,
                ),
              )
            }
          >
            Remove citation {i + 1} (“{c.quote.slice(0, 40)}…”)
          </button>
        ))}
    </div>
  );
}
