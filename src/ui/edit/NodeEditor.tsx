// Editing one node: its fields (checked live as `npm run validate` checks them), its citations
// (each removable), and removing it, which says first which relations go with it.
import { useMemo, useState } from "react";

import type { NodeAttributes } from "../../model";
import { removeNode, relationsOf, updateNode } from "../../state/edits";
import { selectNode } from "../../state/transitions";
import { useUpdateView } from "../context";
import { useEditor } from "./edit-context";
import { FormActions, Modal } from "./Modal";
import { fieldProblems, ProblemList, FieldProblems } from "./ProblemList";

const TEXT_FIELDS = [
  ["label", "Name (label)"],
  ["short", "Short name (for the canvas)"],
  ["start", "Start date"],
  ["end", "End date"],
  ["place", "Place"],
  ["role", "Role"],
  ["description", "Description"],
  ["note", "Curator's note"],
] as const;

type TextField = (typeof TEXT_FIELDS)[number][0];

function withField(attrs: NodeAttributes, field: TextField, value: string): NodeAttributes {
  const next = { ...attrs } as Record<string, unknown>;
  if (value.trim() || field === "label") next[field] = field === "label" ? value : value.trim();
  else delete next[field];
  return next as unknown as NodeAttributes;
}

export function NodeEditor({ nodeKey, onClose }: { nodeKey: string; onClose: () => void }) {
  const editor = useEditor();
  const update = useUpdateView();
  const original = editor?.draft.nodes.find((n) => n.key === nodeKey);
  const [attrs, setAttrs] = useState<NodeAttributes | undefined>(original?.attributes);
  const [removing, setRemoving] = useState(false);
  const edit = useMemo(
    () => (editor && attrs ? updateNode(editor.draft, nodeKey, attrs) : null),
    [editor, attrs, nodeKey],
  );
  const problems = useMemo(
    () => (edit && editor ? editor.check(edit).filter((p) => p.where === `node "${nodeKey}"`) : []),
    [edit, editor, nodeKey],
  );
  if (!editor || !original || !attrs || !edit) return null;
  const gone = relationsOf(editor.draft, nodeKey);
  const label = (key: string) => editor.draft.nodes.find((n) => n.key === key)?.attributes.label ?? key;

  return (
    <Modal title={`Edit ${original.attributes.label}`} onClose={onClose} className="node-editor">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length) return;
          editor.apply(edit);
          onClose();
        }}
      >
        {TEXT_FIELDS.map(([field, name]) => {
          const errs = fieldProblems(problems, field);
          return (
            <label key={field} className="edit-field">
              <span>{name}</span>
              <input
                name={field}
                value={(attrs[field] as string | undefined) ?? ""}
                aria-invalid={errs.length > 0}
                onChange={(e) => setAttrs(withField(attrs, field, e.target.value))}
              />
              <FieldProblems problems={errs} />
            </label>
          );
        })}
        <fieldset className="end-choice">
          <legend>Citations</legend>
          <ol className="edit-citations">
            {attrs.sources.map((c, i) => (
              <li key={i}>
                <blockquote className="quote">“{c.quote}”</blockquote>
                <span className="muted">{c.source}</span>{" "}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setAttrs({ ...attrs, sources: attrs.sources.filter((_, j) => j !== i) })}
                >
                  Remove this citation
                </button>
              </li>
            ))}
          </ol>
        </fieldset>
        <ProblemList problems={problems.filter((p) => !TEXT_FIELDS.some(([f]) => p.field === f))} />
        <FormActions submit="Save changes" disabled={problems.length > 0} onCancel={onClose}>
          <button type="button" className="button is-danger" onClick={() => setRemoving(true)}>
            Remove node…
          </button>
        </FormActions>
        {removing && (
          <div role="alert" className="remove-confirm">
            <p>
              Removing {original.attributes.label} also removes{" "}
              {gone.length === 0 ? "nothing else" : `${gone.length} ${gone.length === 1 ? "relation" : "relations"}`}
              {gone.length > 0 ? ":" : "."}
            </p>
            {gone.length > 0 && (
              <ul>
                {gone.slice(0, 12).map((e) => (
                  <li key={e.key}>
                    {label(e.source)} — {e.attributes.relation} — {label(e.target)}
                  </li>
                ))}
                {gone.length > 12 && <li>and {gone.length - 12} more</li>}
              </ul>
            )}
            <button
              type="button"
              className="button is-danger"
              onClick={() => {
                update((state) => selectNode(state, null));
                editor.apply(removeNode(editor.draft, nodeKey));
                onClose();
              }}
            >
              Remove {original.attributes.label}
            </button>
          </div>
        )}
      </form>
    </Modal>
  );
}
