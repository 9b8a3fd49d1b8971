// The arrow keys (and Page Up / Page Down, which a presenter's clicker sends) step through an open
// story, unless the key belongs to a field, a slider or an open dialog; Esc ends presentation mode.
import { useEffect } from "react";

import { goToStep } from "../../state/story-steps";
import { useExplorer } from "../context";
import { presenting, stopPresenting } from "./presenting";

const NEXT = new Set(["ArrowRight", "PageDown"]);
const PREVIOUS = new Set(["ArrowLeft", "PageUp"]);

function keyIsTaken(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.closest("input, textarea, select, [contenteditable='true'], [role='slider'], [role='listbox']") !== null
  );
}

export function useStepKeys(): void {
  const { graph, view } = useExplorer();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Escape" && presenting.get()) {
        event.preventDefault();
        stopPresenting();
        return;
      }
      const { story, step } = view.get();
      if (story === null || keyIsTaken(event.target) || document.querySelector("dialog[open]")) return;
      const by = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
      if (!by) return;
      event.preventDefault();
      view.set((state) => goToStep(state, graph, story, step + by));
    };
    // Capture: Esc must end the presentation before the page's own Esc closes the lineage under it.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [graph, view]);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && presenting.get()) presenting.set(false);
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
}
