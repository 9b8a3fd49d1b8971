// Renderless: when the selection changes, the camera glides to the selected node.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import { useStoreValue } from "./use-store";

const GLIDE_MS = 600;
/** Close enough to read the neighbourhood, never zooming out if the reader is already closer. */
const FOCUS_RATIO = 0.6;

export function CameraController({ view }: { view: Store<ViewState> }) {
  const sigma = useSigma();
  const { select } = useStoreValue(view);
  useEffect(() => {
    if (!select || !sigma.getGraph().hasNode(select)) return;
    // The node's framed position (the camera's space), from its graph position: sigma's display
    // cache may hold unnormalised coordinates right after a reducer change.
    const { x, y } = sigma.getGraph().getNodeAttributes(select);
    const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    const camera = sigma.getCamera();
    void camera.animate(
      { x: target.x, y: target.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) },
      { duration: GLIDE_MS, easing: "quadraticInOut" },
    );
  }, [sigma, select]);
  return null;
}
