// Export: the full graph or the current view (what the filters leave), as a PNG of the canvas,
// GEXF for Gephi, JSON in the data contract, JSON-LD (schema.org) or CSV (nodes and edges files).
// The formats are a table (export-formats.ts); the menu is a popover (use-popover.ts).
import { useId, useState } from "react";

import { useExplorer, useViewState } from "../context";
import { downloadViewSvg, printView } from "../stories/output";
import { download } from "./download";
import { EXPORT_FORMATS, type ExportFormat, type Scope } from "./export-formats";
import { useVisibleNodes } from "../hooks";
import { usePopover } from "./use-popover";

export function ExportMenu() {
  const { graph, canvas } = useExplorer();
  const state = useViewState();
  const visible = useVisibleNodes();
  const { open, root, toggle, onToggle, onKeyDown } = usePopover();
  const [scope, setScope] = useState<Scope>("full");
  const [message, setMessage] = useState("");
  const panelId = useId();
  const keys = scope === "view" ? visible : null;
  const shown = visible ? visible.size : graph.order;

  const run = (format: ExportFormat) => async () => {
    try {
      const files = await format.make({ graph, scope, keys, canvas: canvas.get() });
      for (const { blob, filename } of files) download(blob, filename);
      setMessage(`${format.what} downloaded`);
    } catch (error) {
      setMessage(`${format.what} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={onToggle}
      >
        Export ▾
      </button>
      <div id={panelId} className="export-panel" hidden={!open}>
        <fieldset>
          <legend>What to export</legend>
          <label>
            <input
              type="radio"
              name={`${panelId}-scope`}
              checked={scope === "full"}
              onChange={() => setScope("full")}
            />{" "}
            Full graph ({graph.order} nodes)
          </label>
          <label>
            <input
              type="radio"
              name={`${panelId}-scope`}
              checked={scope === "view"}
              onChange={() => setScope("view")}
            />{" "}
            Current view ({shown} nodes)
          </label>
        </fieldset>
        <ul className="export-choices">
          {EXPORT_FORMATS.map((format) => (
            <li key={format.label}>
              <button type="button" className="button" onClick={run(format)}>
                {format.label}
              </button>
              <span className="muted">{format.note(scope)}</span>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="button"
              onClick={() => {
                try {
                  downloadViewSvg(graph, state, canvas);
                  setMessage("SVG downloaded");
                } catch (error) {
                  setMessage(`SVG could not be made: ${error instanceof Error ? error.message : String(error)}`);
                }
              }}
            >
              SVG
            </button>{" "}
            <button
              type="button"
              className="button"
              onClick={() => {
                try {
                  printView(graph, state, canvas);
                } catch (error) {
                  setMessage(`The print could not be made: ${error instanceof Error ? error.message : String(error)}`);
                }
              }}
            >
              Print or PDF…
            </button>
            <span className="muted"> the canvas as drawn, in vector; the print adds footnotes and the quotes</span>
          </li>
        </ul>
        <p className="muted export-message" aria-live="polite">
          {message}
        </p>
      </div>
    </div>
  );
}
