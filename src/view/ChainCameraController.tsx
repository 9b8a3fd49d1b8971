// Renderless: when a lineage or a connection opens, the camera frames its chain; when it closes,
// the camera goes back to where the reader was before it opened. After a layout switch the frame
// is taken again once the nodes have arrived.
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import type { Chain } from "./chain";
import { LAYOUT_MS, prefersReducedMotion } from "./LayoutController";
import { useStoreValue } from "./use-store";

const GLIDE_MS = 600;
/** Room around what is framed on screen, in pixels; more on the right, where labels run beside their nodes. */
export interface Padding {
  left: number;
  right: number;
  top: number;
  /** More below: the layout bar lies over the canvas's lower edge. */
  bottom: number;
}

const BESIDE: Padding = { left: 80, right: 120, top: 40, bottom: 80 };
/** A lineage laid out on its own: its events' names run left of them, its documents' right. */
const LINEAGE: Padding = { left: 190, right: 230, top: 40, bottom: 80 };
/** A path laid out on its own: names under the nodes, centred on them. */
const PATH: Padding = { left: 90, right: 90, top: 60, bottom: 80 };

/** The camera state that shows every node of `keys`, or null when none is on the graph. */
export function frameNodes(sigma: Sigma, keys: Iterable<string>, pad: Padding = BESIDE): CameraState | null {
  return framePoints(sigma, framedPoints(sigma, keys), pad);
}

/** Where the nodes of `keys` are, in the camera's (framed) coordinates. */
export function framedPoints(sigma: Sigma, keys: Iterable<string>): { x: number; y: number }[] {
  const graph = sigma.getGraph();
  return [...keys]
    .filter((key) => graph.hasNode(key))
    .map((key) => {
      const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
      // Framed coordinates from graph ones, as CameraController does: the display cache may lag.
      return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    });
}

/** The camera state that shows every point (framed coordinates), or null when there is none. */
export function framePoints(
  sigma: Sigma,
  points: { x: number; y: number }[],
  pad: Padding = BESIDE,
): CameraState | null {
  if (!points.length) return null;
  // A loop, not Math.min(...xs): a filter can leave more nodes than a call takes arguments.
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points)
    [minX, maxX, minY, maxY] = [Math.min(minX, p.x), Math.max(maxX, p.x), Math.min(minY, p.y), Math.max(maxY, p.y)];
  const { width, height } = sigma.getDimensions();
  const whole = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: whole });
  const b = sigma.viewportToFramedGraph({ x: width, y: height }, { cameraState: whole });
  const spanX = Math.abs(b.x - a.x) || 1;
  const spanY = Math.abs(b.y - a.y) || 1;
  // On a narrow canvas the side margins shrink with it: they never take more than 60% of it.
  const side = Math.min(1, (width * 0.6) / (pad.left + pad.right));
  const [left, right] = [pad.left * side, pad.right * side];
  const upright = Math.min(1, (height * 0.5) / (pad.top + pad.bottom));
  const [top, bottom] = [pad.top * upright, pad.bottom * upright];
  // At ratio 1 the framed span fills the viewport; what is framed must fit between the margins.
  const roomX = Math.max(width - left - right, width / 3);
  const roomY = Math.max(height - top - bottom, height / 3);
  const wanted = Math.max(((maxX - minX) / spanX) * (width / roomX), ((maxY - minY) / spanY) * (height / roomY));
  const { minCameraRatio, maxCameraRatio } = sigma.getSettings();
  const ratio = Math.min(Math.max(wanted, minCameraRatio ?? 0.1, 0.15), maxCameraRatio ?? 1);
  // Centre what is framed between the margins, not in the canvas: the wider margin stays free.
  const dirX = Math.sign(b.x - a.x) || 1;
  const dirY = Math.sign(b.y - a.y) || 1;
  const shiftX = (dirX * ((right - left) / 2) * spanX * ratio) / width;
  const shiftY = (dirY * ((bottom - top) / 2) * spanY * ratio) / height;
  return { x: (minX + maxX) / 2 + shiftX, y: (minY + maxY) / 2 + shiftY, angle: 0, ratio };
}

export function ChainCameraController({ chain, view }: { chain: Chain | null; view: Store<ViewState> }) {
  const sigma = useSigma();
  const { layout } = useStoreValue(view);
  const before = useRef<CameraState | null>(null);
  const lastLayout = useRef(layout);

  useEffect(() => {
    const camera = sigma.getCamera();
    const duration = prefersReducedMotion() ? 0 : GLIDE_MS;
    const moved = lastLayout.current !== layout;
    lastLayout.current = layout;
    if (!chain) {
      if (before.current && !moved) void camera.animate(before.current, { duration, easing: "quadraticInOut" });
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
      if (state) void camera.animate(state, { duration, easing: "quadraticInOut" });
    };
    // In the force layout the chain is laid out on its own (LayoutController): frame it once it is there.
    if (!moved && layout !== "force") return fit();
    const timer = setTimeout(fit, prefersReducedMotion() ? 50 : LAYOUT_MS + 80);
    return () => clearTimeout(timer);
  }, [sigma, chain, layout]);
  return null;
}
