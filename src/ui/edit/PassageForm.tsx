// Passage → fact: the passage selected in the source reader becomes the quote of a new relation
// (each end an existing node or a new one), a new node, or more evidence for one already there.
// The sentence the explorer will show is previewed with the quote beneath it; what the loader
// would refuse is shown at its field, live, and the fact cannot be saved until it is fixed.
import { useMemo, useState } from "react";

import {
  type Citation,
  normaliseForQuote,
  type Problem,
  readRelation,
  RELATION_IDS,
  RELATIONS,
  type Relation,
  selectorAt,
} from "../../model";
import { addCitation, addNode, addRelation, type Draft, type Edit, freshKey, type NodeEntry } from "../../state/edits";
import { NodePicker } from "../search/NodePicker";
import { type PassageChoice, useEditor } from "./edit-context";
import { type End, EndChoice } from "./EndChoice";
import { FormActions, Modal } from "./Modal";
import { EMPTY_NODE, nodeAttributesOf, type NodeFields, NodeFieldsInput } from "./node-fields";
import { ProblemList } from "./ProblemList";

type Mode = "relation" | "node" | "evidence";

/** The citation of a selection: the quote verbatim, and a selector for the occurrence chosen. */
export function citationOf(draft: Draft, passage: PassageChoice): Citation {
  const text = draft.sources.find((s) => s.ref.id === passage.source)?.text ?? "";
  const norm = normaliseForQuote(text);
  const exact = normaliseForQuote(passage.exact);
  let at = -1;
  for (let i = 0; i <= passage.occurrence; i++) {
    const next = norm.indexOf(exact, at + 1);
    if (next < 0) break;
    at = next;
  }
  const selector = { ...selectorAt(norm, exact, Math.max(at, 0)), exact: passage.exact };
  return { source: passage.source, quote: passage.exact, selector };
}

const labelOf = (draft: Draft, end: End) =>
  end.type === "new" ? end.fields.label.trim() : (draft.nodes.find((n) => n.key === end.key)?.attributes.label ?? "");

interface Built {
  edit: Edit | null;
  sentence: string;
  /** Keys of the new nodes, by end ("from", "to", "node"), to show their problems at their fields. */
  keys: Record<string, string>;
}

function build(draft: Draft, mode: Mode, state: FormState, citation: Citation): Built {
  const taken = new Set(draft.nodes.map((n) => n.key));
  const newNode = (fields: NodeFields): NodeEntry => {
    const key = freshKey(fields.label || "node", (k) => taken.has(k));
    taken.add(key);
    return { key, attributes: { ...nodeAttributesOf(fields), sources: [citation] } };
  };
  if (mode === "node") {
    if (!state.node.label.trim()) return { edit: null, sentence: "", keys: {} };
    const node = newNode(state.node);
    return { edit: addNode(draft, node), sentence: node.attributes.label, keys: { node: node.key } };
  }
  if (mode === "evidence") {
    if (!state.target) return { edit: null, sentence: "", keys: {} };
    const { node, edge } = state.target;
    const edit = edge ? addCitation(draft, { edge }, citation) : addCitation(draft, { node }, citation);
    return { edit, sentence: edit.label, keys: {} };
  }
  const ends = { from: state.from, to: state.to };
  const keys: Record<string, string> = {};
  const made: NodeEntry[] = [];
  const keyOf = (name: "from" | "to") => {
    const end = ends[name];
    if (end.type === "existing") return end.key;
    if (!end.fields.label.trim()) return null;
    const node = newNode(end.fields);
    made.push(node);
    keys[name] = node.key;
    return node.key;
  };
  const [source, target] = [keyOf("from"), keyOf("to")];
  const sentence = readRelation(state.relation, labelOf(draft, state.from) || "…", labelOf(draft, state.to) || "…");
  if (!source || !target) return { edit: null, sentence, keys };
  const attributes = { relation: state.relation, sources: [citation] };
  return { edit: addRelation(draft, { source, target, attributes, newNodes: made }, sentence), sentence, keys };
}

interface FormState {
  from: End;
  to: End;
  relation: Relation;
  node: NodeFields;
  target: { node: string; edge: string | null } | null;
}

const START: FormState = {
  from: { type: "existing", key: null },
  to: { type: "existing", key: null },
  relation: "hosted",
  node: EMPTY_NODE,
  target: null,
};

const about = (problems: readonly Problem[], key: string | undefined) =>
  key ? problems.filter((p) => p.where === `node "${key}"`) : [];

export function PassageForm({ passage, onClose }: { passage: PassageChoice; onClose: () => void }) {
  const editor = useEditor();
  const [mode, setMode] = useState<Mode>("relation");
  const [state, setState] = useState<FormState>(START);
  const draft = editor?.draft;
  const citation = useMemo(() => (draft ? citationOf(draft, passage) : null), [draft, passage]);
  const built = useMemo(
    () => (draft && citation ? build(draft, mode, state, citation) : null),
    [draft, citation, mode, state],
  );
  const problems = useMemo(() => (built?.edit && editor ? editor.check(built.edit) : []), [built, editor]);
  if (!editor || !draft || !built) return null;
  const set = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const placed = new Set([
    ...about(problems, built.keys.from),
    ...about(problems, built.keys.to),
    ...about(problems, built.keys.node),
  ]);
  const rest = problems.filter((p) => !placed.has(p));
  const node = state.target ? draft.nodes.find((n) => n.key === state.target!.node) : undefined;
  const relationsOfTarget = state.target
    ? draft.edges.filter((e) => e.source === state.target!.node || e.target === state.target!.node)
    : [];
  const nameOf = (key: string) => draft.nodes.find((n) => n.key === key)?.attributes.label ?? key;

  return (
    <Modal title="Cite this passage" onClose={onClose} className="passage-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!built.edit || problems.length) return;
          editor.apply(built.edit);
          onClose();
        }}
      >
        <div className="segmented" role="radiogroup" aria-label="The passage supports">
          {(
            [
              ["relation", "A new relation"],
              ["node", "A new node"],
              ["evidence", "More evidence"],
            ] as const
          ).map(([m, label]) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={mode === m}
              className="button"
              onClick={() => setMode(m)}
            >
              {label}
            </button>
          ))}
        </div>
        {mode === "relation" && (
          <>
            <EndChoice
              label="From"
              name="from"
              value={state.from}
              onChange={(from) => set({ from })}
              problems={about(problems, built.keys.from)}
            />
            <label className="edit-field">
              <span>Relation</span>
              <select value={state.relation} onChange={(e) => set({ relation: e.target.value as Relation })}>
                {RELATION_IDS.filter((r) => r !== "related-to").map((r) => (
                  <option key={r} value={r}>
                    {RELATIONS[r].label}
                  </option>
                ))}
              </select>
            </label>
            <EndChoice
              label="To"
              name="to"
              value={state.to}
              onChange={(to) => set({ to })}
              problems={about(problems, built.keys.to)}
            />
          </>
        )}
        {mode === "node" && (
          <NodeFieldsInput
            name="node"
            value={state.node}
            onChange={(n) => set({ node: n })}
            problems={about(problems, built.keys.node)}
          />
        )}
        {mode === "evidence" &&
          (node ? (
            <fieldset className="end-choice">
              <legend>Evidence for</legend>
              <p className="end-chosen">
                <strong>{node.attributes.label}</strong>{" "}
                <button type="button" className="link-button" onClick={() => set({ target: null })}>
                  Change
                </button>
              </p>
              <label className="edit-field">
                <span>The node itself, or one of its relations</span>
                <select
                  value={state.target?.edge ?? ""}
                  onChange={(e) => set({ target: { node: node.key, edge: e.target.value || null } })}
                >
                  <option value="">{node.attributes.label} itself</option>
                  {relationsOfTarget.map((e) => (
                    <option key={e.key} value={e.key}>
                      {readRelation(e.attributes.relation, nameOf(e.source), nameOf(e.target))}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
          ) : (
            <NodePicker
              label="Evidence for: find a node"
              onPick={(key) => set({ target: { node: key, edge: null } })}
            />
          ))}
        <figure className="fact-preview" aria-label="Preview">
          <figcaption className="muted">The explorer will show</figcaption>
          <p className="fact-sentence">{built.sentence || "…"}</p>
          <blockquote className="quote">“{passage.exact}”</blockquote>
        </figure>
        <ProblemList problems={rest} />
        <FormActions submit="Save" disabled={!built.edit || problems.length > 0} onCancel={onClose} />
      </form>
    </Modal>
  );
}
