// Zoom in, zoom out, fit the whole graph, and reset (fit and clear the selection): buttons over
// the canvas, reachable by keyboard.
import { useSigma } from "@react-sigma/core";

import type { Store } from "../state/store";
import { selectNode } from "../state/transitions";
import type { ViewState } from "../state/view-state";

const DURATION = 300;

export function ZoomControls({ view }: { view: Store<ViewState> }) {
  const sigma = useSigma();
  const camera = () => sigma.getCamera();
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom" data-label-obstacle="">
      <button
        type="button"
        title="Zoom in"
        aria-label="Zoom in"
        onClick={() => void camera().animatedZoom({ duration: DURATION })}
      >
        +
      </button>
      <button
        type="button"
        title="Zoom out"
        aria-label="Zoom out"
        onClick={() => void camera().animatedUnzoom({ duration: DURATION })}
      >
        −
      </button>
      <button
        type="button"
        title="Fit the whole graph"
        aria-label="Fit the whole graph"
        onClick={() => void camera().animatedReset({ duration: DURATION })}
      >
        ⤢
      </button>
      <button
        type="button"
        title="Reset: fit the graph and clear the selection"
        aria-label="Reset view"
        onClick={() => {
          view.set((state) => selectNode(state, null));
          void camera().animatedReset({ duration: DURATION });
        }}
      >
        Reset
      </button>
    </div>
  );
}
