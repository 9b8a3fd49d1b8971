// SVG and print (or PDF) of the current view; with a story open, of its whole story too.
import { useState } from "react";

import { useExplorer, useViewState } from "../context";
import { downloadViewSvg, printStory, printView } from "./output";

export function OutputButtons() {
  const { graph, view, canvas } = useExplorer();
  const state = useViewState();
  const [status, setStatus] = useState("");
  const run = (act: () => void | Promise<void>) => async () => {
    try {
      await act();
    } catch (error) {
      setStatus(`It could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const story = state.story;
  return (
    <div className="guide-output" role="group" aria-label="Save or print">
      <button type="button" className="button" onClick={run(() => downloadViewSvg(graph, state, canvas))}>
        SVG of this view
      </button>
      <button type="button" className="button" onClick={run(() => printView(graph, state, canvas))}>
        Print or PDF…
      </button>
      {story !== null && (
        <button
          type="button"
          className="button"
          onClick={run(async () => {
            await printStory(graph, view, canvas, story, (done, total) =>
              setStatus(done < total ? `Drawing step ${done + 1} of ${total}…` : ""),
            );
          })}
        >
          Print the whole story…
        </button>
      )}
      <p className="guide-output-status" role="status">
        {status}
      </p>
    </div>
  );
}
