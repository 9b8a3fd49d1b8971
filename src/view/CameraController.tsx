// Renderless: the camera follows the reader. When the selection changes it frames the selected
// node and its neighbours, or both ends of a selected relation. When the filters change while filtered-out
// nodes are hidden (fade=0), it frames what is left; while they are only faded it stays put. An
// open lineage or connection has its own camera (ChainCameraController), so filters leave it alone.
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";

import { useStore } from "../context/explorer";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import { afterLayoutMs, framedPoints, frameNodes, framePoints, glide, type Padding, WHOLE } from "./camera";
import type { Chain } from "./chain";

/** A relation's two ends are framed this close, never zooming out if the reader is already closer. */
const FOCUS_RATIO = 0.6;
/** A node with few neighbours is not framed closer than this: the picture keeps its context. */
const MIN_FOCUS_RATIO = 0.35;
/** Room for the neighbours' names on either side of them; as much above as below, so the node is at the centre. */
const AROUND: Padding = { left: 130, right: 130, top: 70, bottom: 70 };

interface Props {
  view: Store<ViewState>;
  /** Nodes the filters keep (null: all). */
  visible?: ReadonlySet<string> | null;
  chain?: Chain | null;
}

export function CameraController({ view, visible = null, chain = null }: Props) {
  const sigma = useSigma();
  const { select, edge, fade } = useStore(view);

  useEffect(() => {
    if (!select || !sigma.getGraph().hasNode(select)) return;
    // The selection at the centre, close enough that its neighbours, all named, are in view too:
    // each neighbour's mirror image across the node is framed with it.
    const [node, ...around] = framedPoints(sigma, [select, ...sigma.getGraph().neighbors(select)]);
    if (!node) return;
    const mirrored = around.flatMap((p) => [p, { x: 2 * node.x - p.x, y: 2 * node.y - p.y }]);
    const frame = framePoints(sigma, [node, ...mirrored], AROUND);
    if (frame) void sigma.getCamera().animate({ ...frame, ratio: Math.max(frame.ratio, MIN_FOCUS_RATIO) }, glide());
  }, [sigma, select]);

  useEffect(() => {
    if (!edge || !sigma.getGraph().hasEdge(edge)) return;
    const frame = frameNodes(sigma, sigma.getGraph().extremities(edge));
    const camera = sigma.getCamera();
    // Both ends in view, as close as a selected node would be, never closer than the reader was.
    const ratio = frame && Math.max(frame.ratio, Math.min(camera.ratio, FOCUS_RATIO));
    if (frame && ratio) void camera.animate({ ...frame, ratio }, glide());
  }, [sigma, edge]);

  // The open chain matters to the filter fit but must not trigger it (effects run in this order).
  const openChain = useRef(chain);
  useEffect(() => {
    openChain.current = chain;
  }, [chain]);
  const last = useRef<{ visible: ReadonlySet<string> | null; fade: boolean; orgs: string[] } | null>(null);

  useEffect(() => {
    const before = last.current;
    const now = { ...view.get(), chain: openChain.current };
    last.current = { visible, fade, orgs: now.orgs };
    // Opening a link: frame what the filters leave only when nothing else asks for the camera.
    const opening = before === null;
    if (fade || now.chain || (opening && (visible === null || now.select || now.edge))) return;
    if (before && before.visible === visible && before.fade === fade) return;
    const fit = () => {
      const keep = visible ? [...visible, ...(now.select ? [now.select] : [])] : null;
      const frame = keep ? frameNodes(sigma, keep) : WHOLE;
      if (frame) void sigma.getCamera().animate(frame, opening ? { duration: 0 } : glide());
    };
    // At the opening, the nodes may just have been placed (the time layout): frame after sigma has
    // drawn them, when its graph-to-screen mapping knows where they are.
    if (opening) {
      sigma.once("afterRender", fit);
      sigma.scheduleRefresh();
      return () => void sigma.off("afterRender", fit);
    }
    // In the time layout the organisations are its lanes: the nodes move first, then the camera.
    const moving = now.layout === "time" && before !== null && before.orgs !== now.orgs;
    if (!moving) return fit();
    const timer = setTimeout(fit, afterLayoutMs());
    return () => clearTimeout(timer);
  }, [sigma, view, visible, fade]);
  return null;
}
