// How the camera frames things, for every controller that moves it (selection, filters, an open
// chain, the picture export): the glide, the margins left for names, and the camera state that
// shows a set of nodes or points.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

import { prefersReducedMotion } from "../context/media";
import { LAYOUT_MS } from "./LayoutController";

const GLIDE_MS = 600;

/** The whole graph, as sigma first frames it. */
export const WHOLE: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** How the camera moves: a glide, or at once for readers who ask for reduced motion. */
export const glide = () => ({ duration: prefersReducedMotion() ? 0 : GLIDE_MS, easing: "quadraticInOut" as const });

/** How long to wait for nodes moving to a new layout before framing them. */
export const afterLayoutMs = () => (prefersReducedMotion() ? 50 : LAYOUT_MS + 80);

/** Room around what is framed on screen, in pixels; more on the right, where labels run beside their nodes. */
export interface Padding {
  left: number;
  right: number;
  top: number;
  /** More below: the layout bar lies over the canvas's lower edge. */
  bottom: number;
}

const BESIDE: Padding = { left: 80, right: 120, top: 40, bottom: 80 };

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
      // Framed coordinates from graph ones: the display cache may lag behind a layout move.
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
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: WHOLE });
  const b = sigma.viewportToFramedGraph({ x: width, y: height }, { cameraState: WHOLE });
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
