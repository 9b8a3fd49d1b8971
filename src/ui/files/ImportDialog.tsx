// While a file is read: a progress bar with Cancel. When it fails: a modal alert listing every
// problem with its place (file, node or edge, field); the graph behind it has not changed.
import { useEffect, useId, useRef } from "react";

import { visibleText } from "../../model";
import { useImport } from "./import-context";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ImportDialog() {
  const { status, dismiss } = useImport();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const failed = status.phase === "failed";

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (failed && !el.open) el.showModal();
    if (!failed && el.open) el.close();
  }, [failed]);

  return (
    <>
      {status.phase === "reading" && (
        <div className="import-progress" role="status" aria-live="polite">
          <label>
            Reading {status.names}…{" "}
            <progress max={status.total || 1} value={status.done}>
              {Math.round((100 * status.done) / (status.total || 1))}%
            </progress>{" "}
            {megabytes(status.done)} of {megabytes(status.total)}
          </label>
          <button type="button" className="button" onClick={status.cancel}>
            Cancel
          </button>
        </div>
      )}
      <dialog
        ref={dialog}
        className="import-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClose={dismiss}
      >
        {status.phase === "failed" && (
          <>
            <h2 id={titleId}>{status.names} could not be opened</h2>
            <p>
              {status.problems.length === 1 ? "One problem was" : `${status.problems.length} problems were`} found. The
              graph on screen has not changed.
            </p>
            <ol className="problem-list" role="alert">
              {status.problems.map((p, i) => (
                <li key={i} className={p.severity === "warning" ? "is-warning" : undefined}>
                  <span className="problem-place">
                    {visibleText([p.file, p.where, p.field].filter(Boolean).join(" · "))}
                  </span>
                  <span className="problem-message">{visibleText(p.message)}</span>
                </li>
              ))}
            </ol>
            <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
              Close
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
