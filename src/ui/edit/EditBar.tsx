// The edit mode's bar: undo and redo, add a source, start a new dataset, save, discard, and what
// the loader says of the draft. Shown only while editing.
import { useState } from "react";

import { AddSourceDialog } from "./AddSourceDialog";
import { useEditor } from "./edit-context";
import { ProblemList } from "./ProblemList";
import { SaveDialog } from "./SaveDialog";
import "./edit.css";

const MOD = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl+";

export function EditBar() {
  const editor = useEditor();
  const [open, setOpen] = useState<"source" | "save" | null>(null);
  if (!editor) return null;
  const errors = editor.problems.filter((p) => p.severity === "error");
  const n = editor.history.length;
  return (
    <section className="edit-bar" aria-label="Edit mode">
      <p className="edit-state">
        <strong>Editing</strong> · {n} {n === 1 ? "change" : "changes"}
        {errors.length > 0 && (
          <span className="edit-errors">
            {" "}
            · {errors.length} {errors.length === 1 ? "problem" : "problems"}
          </span>
        )}
      </p>
      <div className="edit-actions">
        <button type="button" className="button" onClick={editor.undo} disabled={!editor.canUndo} title={`${MOD}Z`}>
          Undo
        </button>
        <button
          type="button"
          className="button"
          onClick={editor.redo}
          disabled={!editor.canRedo}
          title={`Shift+${MOD}Z`}
        >
          Redo
        </button>
        <button type="button" className="button" onClick={() => setOpen("source")}>
          Add source…
        </button>
        <button type="button" className="button" onClick={() => setOpen("save")}>
          Save…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm("Start an empty dataset? The work here stays stored until you discard it."))
              editor.startNew();
          }}
        >
          New dataset
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(`Discard all ${n} changes? This cannot be undone.`)) editor.discard();
          }}
        >
          Discard…
        </button>
      </div>
      {editor.message && (
        <p className="edit-message" role="status">
          {editor.message}
        </p>
      )}
      {errors.length > 0 && (
        <details className="edit-problem-box">
          <summary>What `npm run validate` would refuse</summary>
          <ProblemList problems={errors} />
        </details>
      )}
      {open === "source" && <AddSourceDialog onClose={() => setOpen(null)} />}
      {open === "save" && <SaveDialog onClose={() => setOpen(null)} />}
    </section>
  );
}
