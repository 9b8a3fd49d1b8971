// Keyboard shortcuts for the whole page, and the button and dialog that list them.
// Keys typed into a text field are left alone, except Escape once the field has no use for it.
import { useEffect, useId, useRef, useState } from "react";

import { type NeighbourWalk, stepNeighbour } from "../../queries/neighbours";
import { openSource, patch, selectNode } from "../../state/transitions";
import { useExplorer } from "../context";
import { useVisibleNodes } from "../hooks";
import { focusInPanel, focusPanelHeading } from "./panel-focus";

const KEYS: [string, string][] = [
  ["/", "Search"],
  ["Esc", "Close the source, the lineage or connections, or clear the selection"],
  ["] or n", "Select the next neighbour of the selected node"],
  ["[ or p", "Select the previous neighbour"],
  ["?", "Show these shortcuts"],
];

const TEXT_INPUTS = ["text", "search", "email", "number", "url", "tel", "password", "date", "month"];

/** Keys go to a field that takes text; checkboxes, radios and sliders leave `]` and `/` free. */
function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.includes(el.type);
  return el.closest("textarea, select, [contenteditable='true']") !== null;
}

export function Shortcuts() {
  const { graph, view } = useExplorer();
  const visible = useVisibleNodes();
  const walk = useRef<NeighbourWalk | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (open && el && !el.open) el.showModal();
    if (!open && el?.open) el.close();
  }, [open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector("dialog[open]")) return; // a dialog handles its own keys
      const state = view.get();
      if (event.key === "Escape") {
        if (state.source) view.set((s) => openSource(s, null));
        // What the right-hand panel shows closes first: a story covers the details underneath it.
        else if (state.lineage || state.path) view.set((s) => patch(s, { lineage: null, path: null }));
        else if (state.select || state.edge) view.set((s) => selectNode(s, null));
        else return;
        event.preventDefault();
        return;
      }
      if (isTyping(event.target)) return;
      if (event.key === "/") {
        const search = document.querySelector<HTMLInputElement>("input[role='combobox']");
        if (!search) return;
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key === "?") {
        event.preventDefault();
        setOpen(true);
      } else if ("][np".includes(event.key) && event.key.length === 1 && state.select) {
        const next = stepNeighbour(graph, state.select, walk.current, "]n".includes(event.key) ? 1 : -1, visible);
        if (!next) return;
        event.preventDefault();
        walk.current = next.walk;
        // The details of the node left are replaced: the keyboard follows to the new heading
        // instead of falling back to the page (the canvas or elsewhere keeps it).
        const follow = focusInPanel();
        view.set((s) => selectNode(s, next.key));
        if (follow) focusPanelHeading();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [graph, view, visible]);

  return (
    <>
      <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        {/* On a phone the button reads "Shortcuts" (narrow.css), its name stays the same. */}
        <span className="shortcuts-keyboard">Keyboard </span>
        <span className="shortcuts-word">shortcuts</span>
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <dl>
          {KEYS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">Tab and Shift+Tab move between controls; Enter or Space uses them.</p>
        <button type="button" className="button" autoFocus onClick={() => setOpen(false)}>
          Close
        </button>
      </dialog>
    </>
  );
}
