// "Showing N of M nodes" as a live status, and a button that copies the view's address: the URL
// carries the whole view, so the copied link reopens exactly what the reader sees.
// While the time player is on, the count is what it has revealed so far and the line names the
// moment ("· up to May 2013"). It changes every step while playing, so it is silent then and
// speaks when the player stops (Pause, the end, a move of the slider, Show all).
import { useEffect, useMemo, useState } from "react";

import { cachedPlaySteps } from "../../queries/cached";
import { unrevealedAt } from "../../queries/playback";
import { useExplorer, useStore, useViewState } from "../context";
import { useVisibleNodes } from "../hooks";
import { countShown, statusText } from "./status-text";

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      return await navigator.clipboard.writeText(text);
    } catch {
      // Denied (no permission, insecure context): fall through to the older way.
    }
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.className = "offscreen";
  document.body.append(field);
  field.select();
  const ok = document.execCommand("copy");
  field.remove();
  if (!ok) throw new Error("copy refused");
}

export function StatusLine() {
  const { graph, playhead, playing: playingStore } = useExplorer();
  const visible = useVisibleNodes();
  const { view: mode } = useViewState();
  const step = useStore(playhead);
  const playing = useStore(playingStore);
  const [confirmation, setConfirmation] = useState("");
  const total = graph.order;
  // The table lists every row the filters keep: the player only acts on the canvas.
  const at = step !== null && mode !== "table" ? step : null;
  const steps = cachedPlaySteps(graph);
  const unrevealed = useMemo(() => (at === null ? null : unrevealedAt(steps, at)), [steps, at]);
  const shown = countShown(total, visible, unrevealed);
  const current = at === null ? undefined : steps[at];

  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(""), 3000);
    return () => clearTimeout(timer);
  }, [confirmation]);

  const copy = () =>
    copyText(location.href).then(
      () => setConfirmation("Copied"),
      () => setConfirmation("Could not copy: use the address bar"),
    );

  return (
    <div className="status-line">
      <p role="status" className="status-count" aria-live={playing && current ? "off" : "polite"}>
        {statusText(shown, total, current ? { step: current, playing } : null)}
      </p>
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span className="copy-confirmation" aria-live="polite">
        {confirmation}
      </span>
    </div>
  );
}
