// Before saving: what changed since editing began (nodes, relations, citations, sources), then the
// zip (ready to unzip into graph-data/) or, where the browser can, straight into a folder.
import { summaryLines } from "../../state/edits";
import { useEditor } from "./edit-context";
import { Modal } from "./Modal";
import { ProblemList } from "./ProblemList";

export function SaveDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  if (!editor) return null;
  const lines = summaryLines(editor.summary);
  const errors = editor.problems.filter((p) => p.severity === "error");
  const name = editor.draft.graph.id;
  return (
    <Modal title="Save the dataset" onClose={onClose} className="save-dialog">
      <h3>What changed</h3>
      {lines.length ? (
        <ul className="change-summary">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing has changed since editing began.</p>
      )}
      {editor.history.length > 0 && (
        <details>
          <summary>Every change, in order ({editor.history.length})</summary>
          <ol>
            {editor.history.map((label, i) => (
              <li key={i}>{label}</li>
            ))}
          </ol>
        </details>
      )}
      {errors.length > 0 ? (
        <>
          <p role="alert">Fix these first: `npm run validate` would refuse the dataset.</p>
          <ProblemList problems={errors} />
        </>
      ) : (
        <>
          <p>
            The zip holds <code>{name}.json</code> and its <code>sources/</code>: unzip it into <code>graph-data/</code>
            .
          </p>
          <div className="edit-actions">
            <button type="button" className="button button-primary" onClick={editor.save}>
              Download {name}.zip
            </button>
            {editor.saveToFolder && (
              <button type="button" className="button" onClick={editor.saveToFolder}>
                Write into a folder…
              </button>
            )}
          </div>
        </>
      )}
    </Modal>
  );
}
