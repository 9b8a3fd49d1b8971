// Edge labels ("hosted", "was adopted at"): drawn only for the relations that stand out (hovered,
// selected, around the focus, along a traced chain), upright on a white ground so they read at any
// angle, in full. Each takes the first place along its edge (middle, then a third from either end)
// that crosses no label placed in the frame and no node's shape (a forced one may touch a node); one
// that finds none is left out.
// Sigma offers them before the frame's node labels are placed; they are kept until the label
// drawer calls `flush`, after the names that matter more than they do (labels.ts).
import type { EdgeLabelDrawingFunction } from "sigma/rendering";

import { edgeLabelPlaces } from "./label-geometry";
import type { LabelFrame } from "./labels";

const PADDING = 2;

type Args = Parameters<EdgeLabelDrawingFunction>;

export interface EdgeLabelDrawer {
  /** Sigma's edge label callback: kept for `flush` while a whole frame is drawn, else drawn now. */
  draw: EdgeLabelDrawingFunction;
  /** Places and draws the kept edge labels. */
  flush(): void;
}

export function createEdgeLabelDrawer(frame: LabelFrame, inFrame: () => boolean): EdgeLabelDrawer {
  let pending: Args[] = [];
  return {
    draw: (...args) => (inFrame() ? void pending.push(args) : place(frame, ...args)),
    flush() {
      for (const args of pending) place(frame, ...args);
      pending = [];
    },
  };
}

function place(frame: LabelFrame, ...[context, edgeData, sourceData, targetData, settings]: Args): void {
  const label = edgeData.label;
  if (!label) return;
  const fontSize = settings.edgeLabelSize;
  context.font = `${settings.edgeLabelWeight} ${fontSize}px ${settings.edgeLabelFont}`;
  const width = context.measureText(label).width + 2 * PADDING;
  const height = fontSize + 2 * PADDING;
  const places = edgeLabelPlaces(sourceData, targetData, width, height);
  // A relation that stands out (a chain's, the selection's) may touch a node's box, never a label.
  const forced = (edgeData as { forceLabel?: boolean }).forceLabel === true;
  const box =
    places.find((b) => frame.free(b, [])) ?? (forced ? places.find((b) => frame.clearOfLabels(b)) : undefined);
  if (!box) return;
  frame.placed.push({ key: (edgeData as { key?: string }).key ?? "", text: label, kind: "edge", box });
  context.fillStyle = "rgba(255, 255, 255, 0.9)";
  context.fillRect(box.left, box.top, width, height);
  context.fillStyle = settings.edgeLabelColor.color ?? "#333";
  context.fillText(label, box.left + PADDING, box.top + PADDING + fontSize * 0.82);
}
