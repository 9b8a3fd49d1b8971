// Renderless: when a lineage or a connection opens, the camera frames its chain; when it closes,
// the camera goes back to where the reader was before it opened. After a layout switch the frame
// is taken again once the nodes have arrived.
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { CameraState } from "sigma/types";

import { useStore } from "../context/explorer";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import { afterLayoutMs, frameNodes, glide, type Padding } from "./camera";
import type { Chain } from "./chain";

/** A lineage laid out on its own: its events' names run left of them, its documents' right. */
const LINEAGE: Padding = { left: 190, right: 230, top: 40, bottom: 80 };
/** A path laid out on its own: names under the nodes, centred on them. */
const PATH: Padding = { left: 90, right: 90, top: 60, bottom: 80 };

export function ChainCameraController({ chain, view }: { chain: Chain | null; view: Store<ViewState> }) {
  const sigma = useSigma();
  const layout = useStore(view, (state) => state.layout);
  const before = useRef<CameraState | null>(null);
  const lastLayout = useRef(layout);

  useEffect(() => {
    const camera = sigma.getCamera();
    const moved = lastLayout.current !== layout;
    lastLayout.current = layout;
    if (!chain) {
      if (before.current && !moved) void camera.animate(before.current, glide());
      before.current = null;
      return;
    }
    if (!before.current) before.current = camera.getState();
    const fit = () => {
      // Laid out on its own, the chain's context (the events beside it) is part of the picture.
      const state =
        layout === "force"
          ? frameNodes(sigma, [...chain.nodes, ...chain.context], chain.kind === "lineage" ? LINEAGE : PATH)
          : frameNodes(sigma, chain.nodes);
      if (state) void camera.animate(state, glide());
    };
    // In the force layout the chain is laid out on its own (LayoutController): frame it once it is there.
    if (!moved && layout !== "force") return fit();
    const timer = setTimeout(fit, afterLayoutMs());
    return () => clearTimeout(timer);
  }, [sigma, chain, layout]);
  return null;
}
