// The fields of a node, shared by the passage form (a new node) and the node editor.
import { KIND_LABELS, KINDS, type Kind, type Problem } from "../../model";
import { fieldProblems, FieldProblems } from "./ProblemList";

export interface NodeFields {
  kind: Kind;
  label: string;
  short: string;
  start: string;
  end: string;
}

export const EMPTY_NODE: NodeFields = { kind: "organisation", label: "", short: "", start: "", end: "" };

/** Only what was filled in: the contract's optional fields are left out when empty. */
export function nodeAttributesOf(f: NodeFields) {
  return {
    kind: f.kind,
    label: f.label.trim(),
    ...(f.short.trim() && { short: f.short.trim() }),
    ...(f.start.trim() && { start: f.start.trim() }),
    ...(f.end.trim() && { end: f.end.trim() }),
  };
}

const CURATED_KINDS = KINDS.filter((k) => k !== "other");

interface Props {
  value: NodeFields;
  onChange: (value: NodeFields) => void;
  problems: readonly Problem[];
  /** Prefix of the inputs' names, so two new nodes in one form are told apart. */
  name: string;
}

export function NodeFieldsInput({ value, onChange, problems, name }: Props) {
  const set = (patch: Partial<NodeFields>) => onChange({ ...value, ...patch });
  const text = (field: "label" | "short" | "start" | "end", label: string, hint?: string) => {
    const errs = fieldProblems(problems, field);
    return (
      <label className="edit-field">
        <span>{label}</span>
        <input
          name={`${name}-${field}`}
          value={value[field]}
          placeholder={hint}
          aria-invalid={errs.length > 0}
          onChange={(e) => set({ [field]: e.target.value })}
        />
        <FieldProblems problems={errs} />
      </label>
    );
  };
  return (
    <div className="node-fields">
      <label className="edit-field">
        <span>Kind</span>
        <select name={`${name}-kind`} value={value.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
          {CURATED_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k].one}
            </option>
          ))}
        </select>
      </label>
      {text("label", "Name (label)")}
      {text("short", "Short name (for the canvas)")}
      {text("start", "Start date", "2012-06-18")}
      {text("end", "End date")}
    </div>
  );
}
