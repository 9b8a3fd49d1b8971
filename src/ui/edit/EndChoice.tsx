// One end of a new relation: an existing node, found with the search combobox, or a new node.
import { NodePicker } from "../search/NodePicker";
import type { Problem } from "../../model";
import { useEditor } from "./edit-context";
import { EMPTY_NODE, type NodeFields, NodeFieldsInput } from "./node-fields";

export type End = { type: "existing"; key: string | null } | { type: "new"; fields: NodeFields };

interface Props {
  label: string;
  value: End;
  onChange: (end: End) => void;
  problems: readonly Problem[];
  name: string;
}

export function EndChoice({ label, value, onChange, problems, name }: Props) {
  const editor = useEditor();
  const chosen = value.type === "existing" && value.key ? editor?.draft.nodes.find((n) => n.key === value.key) : null;
  return (
    <fieldset className="end-choice">
      <legend>{label}</legend>
      <div className="segmented" role="group" aria-label={`${label}: which node`}>
        <button
          type="button"
          className="button"
          aria-pressed={value.type === "existing"}
          onClick={() => onChange({ type: "existing", key: null })}
        >
          An existing node
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={value.type === "new"}
          onClick={() => onChange({ type: "new", fields: EMPTY_NODE })}
        >
          A new node
        </button>
      </div>
      {value.type === "existing" &&
        (chosen ? (
          <p className="end-chosen">
            <strong>{chosen.attributes.label}</strong>{" "}
            <button type="button" className="link-button" onClick={() => onChange({ type: "existing", key: null })}>
              Change
            </button>
          </p>
        ) : (
          <NodePicker label={`${label}: find a node`} onPick={(key) => onChange({ type: "existing", key })} />
        ))}
      {value.type === "new" && (
        <NodeFieldsInput
          name={name}
          value={value.fields}
          onChange={(fields) => onChange({ type: "new", fields })}
          problems={problems}
        />
      )}
    </fieldset>
  );
}
