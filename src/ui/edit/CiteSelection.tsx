// In the source reader, while editing: selecting text in the source offers "Cite the selected
// passage", which opens the passage → fact form on exactly that occurrence of the words.
import { type RefObject, useEffect, useState } from "react";

import { collapseWhitespace, normaliseForQuote } from "../../model";
import { createStore } from "../../state/store";
import { useStore } from "../context";
import { type PassageChoice, useEditor } from "./edit-context";
import { PassageForm } from "./PassageForm";

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** The selection inside `root`, as the passage it is (which occurrence of its words). */
function selectedPassage(root: HTMLElement, source: string): PassageChoice | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const exact = collapseWhitespace(selection.toString());
  const norm = normaliseForQuote(exact);
  if (!norm) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  // Occurrences that end before the selection's end: the selection itself is the last of them.
  const occurrence = count(normaliseForQuote(`${before.toString()}${range.toString()}`), norm) - 1;
  return { source, exact, occurrence: Math.max(0, occurrence) };
}

export function CiteSelection({ source, textRoot }: { source: string; textRoot: RefObject<HTMLElement | null> }) {
  const editor = useEditor();
  const [selected, setSelected] = useState<PassageChoice | null>(null);
  const open = useStore(editor?.passage ?? NONE);
  useEffect(() => {
    if (!editor) return;
    const onChange = () => setSelected(textRoot.current ? selectedPassage(textRoot.current, source) : null);
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [editor, source, textRoot]);
  if (!editor) return null;
  return (
    <div className="cite-selection">
      <button
        type="button"
        className={selected ? "button button-primary" : "button"}
        disabled={!selected}
        onClick={() => selected && editor.passage.set(selected)}
      >
        Cite the selected passage
      </button>
      {!selected && <span className="muted"> Select words in the text to cite them.</span>}
      {open && open.source === source && <PassageForm passage={open} onClose={() => editor.passage.set(null)} />}
    </div>
  );
}

const NONE = createStore<PassageChoice | null>(null);
