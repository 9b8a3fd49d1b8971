// The file's own picture while it is checked (io/preview.ts): a bare sigma over the preview's
// display graph, with the explorer's programs and settings, and nothing to click. It is replaced by
// the explorer (a new canvas over the checked graph) or by the error screen.
import { useLayoutEffect, useMemo, useRef } from "react";
import Sigma from "sigma";

import type { GraphPreview } from "../io/preview";
import { buildPreviewGraph } from "./preview-graph";
import { sigmaSettingsFor } from "./settings";

/** `onDrawn`: called once sigma has drawn the picture, or failed to: the check waits for it. */
export function PreviewCanvas({ preview, onDrawn }: { preview: GraphPreview; onDrawn?: () => void }) {
  const holder = useRef<HTMLDivElement>(null);
  const display = useMemo(() => buildPreviewGraph(preview), [preview]);
  useLayoutEffect(() => {
    const container = holder.current!;
    // Nothing to point at, no relation named: sigma's own label grid (a few names per cell) in
    // place of the explorer's drawer, which offers every name of a graph this size.
    let sigma: Sigma;
    try {
      sigma = new Sigma(display, container, {
        ...sigmaSettingsFor(display.size, display.order),
        enableEdgeEvents: false,
        renderEdgeLabels: false,
        labelDensity: 0.5,
      });
    } finally {
      onDrawn?.();
    }
    container.dataset.previewDrawn = "true";
    return () => {
      sigma.kill();
      delete container.dataset.previewDrawn;
    };
    // onDrawn is read once, for the picture's first drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [display]);
  return <div className="preview-canvas" ref={holder} aria-hidden="true" />;
}
