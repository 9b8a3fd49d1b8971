// Export: the full graph or the current view (what the filters leave), as a PNG of the canvas,
// GEXF for Gephi, JSON in the data contract, JSON-LD (schema.org) or CSV (nodes and edges files).
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";

import type { NodeViz } from "../../io";
import { canvas } from "../../state/canvas-port";
import { useExplorer, useViewState } from "../context";
import { downloadViewSvg, printView } from "../stories/output";
import { download, downloadText } from "./download";
import { useVisibleNodes } from "../hooks";

type Scope = "full" | "view";

export function ExportMenu() {
  const { graph } = useExplorer();
  const state = useViewState();
  const visible = useVisibleNodes();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>("full");
  const [message, setMessage] = useState("");
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const keys = scope === "view" ? visible : null;
  const shown = visible ? visible.size : graph.order;
  const title = graph.getAttribute("title");

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  };

  const run = (what: string, act: () => void | Promise<void>) => async () => {
    try {
      await act();
      setMessage(`${what} downloaded`);
    } catch (error) {
      setMessage(`${what} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const viz = (): ReadonlyMap<string, NodeViz> | undefined => canvas()?.placements();
  // The writers (GEXF brings an XML library) load on first use, so they do not delay the first frame.
  const io = () => import("../../io");

  return (
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
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
          <li>
            <button
              type="button"
              className="button"
              onClick={run("PNG image", async () => {
                const port = canvas();
                if (!port) throw new Error("switch to the graph view first");
                const suffix = scope === "view" ? " (current view)" : "";
                download(
                  await port.snapshot({ title: `${title}${suffix}`, scale: 2, only: keys }),
                  `${graph.getAttribute("id")}.png`,
                );
              })}
            >
              PNG image (2×)
            </button>
            <span className="muted">
              {scope === "view" ? " only what the filters keep, framed" : " the canvas as drawn"}, with title and legend
            </span>
          </li>
          <li>
            <button type="button" className="button" onClick={run("SVG", () => downloadViewSvg(graph, state))}>
              SVG
            </button>{" "}
            <button
              type="button"
              className="button"
              onClick={() => {
                try {
                  printView(graph, state);
                } catch (error) {
                  setMessage(`The print could not be made: ${error instanceof Error ? error.message : String(error)}`);
                }
              }}
            >
              Print or PDF…
            </button>
            <span className="muted"> the canvas as drawn, in vector; the print adds footnotes and the quotes</span>
          </li>
          <li>
            <button
              type="button"
              className="button"
              onClick={run("GEXF", async () => downloadText((await io()).exportGexf(graph, { keys, viz: viz() })))}
            >
              GEXF
            </button>
            <span className="muted"> opens in Gephi</span>
          </li>
          <li>
            <button
              type="button"
              className="button"
              onClick={run("JSON", async () => downloadText((await io()).exportJson(graph, { keys })))}
            >
              JSON
            </button>
            <span className="muted"> the data contract, as graph-data/ holds it</span>
          </li>
          <li>
            <button
              type="button"
              className="button"
              onClick={run("JSON-LD", async () => downloadText((await io()).exportJsonLd(graph, { keys })))}
            >
              JSON-LD
            </button>
            <span className="muted"> schema.org types with citations</span>
          </li>
          <li>
            <button
              type="button"
              className="button"
              onClick={run("CSV", async () => {
                const [nodes, edges] = (await io()).exportCsv(graph, { keys });
                downloadText(nodes);
                downloadText(edges);
              })}
            >
              CSV
            </button>
            <span className="muted"> nodes.csv and edges.csv, with a citation column</span>
          </li>
        </ul>
        <p className="muted export-message" aria-live="polite">
          {message}
        </p>
      </div>
    </div>
  );
}
