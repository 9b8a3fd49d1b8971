// Edge labels ("hosted", "was adopted at"): drawn only for the relations that stand out (hovered,
// selected, around the focus, along a traced chain), upright on a white ground so they read at any
// angle, in full. Each takes the first place along its edge (middle, then a third from either end)
// that crosses no label placed in the frame and no node's shape; one that finds none is left out.
import type { EdgeLabelDrawingFunction } from "sigma/rendering";

import { edgeLabelPlaces } from "./label-geometry";
import type { LabelFrame } from "./labels";

const PADDING = 2;

export function createEdgeLabelDrawer(frame: LabelFrame): EdgeLabelDrawingFunction {
  return (context, edgeData, sourceData, targetData, settings) => {
    const label = edgeData.label;
    if (!label) return;
    const fontSize = settings.edgeLabelSize;
    context.font = `${settings.edgeLabelWeight} ${fontSize}px ${settings.edgeLabelFont}`;
    const width = context.measureText(label).width + 2 * PADDING;
    const height = fontSize + 2 * PADDING;
    const places = edgeLabelPlaces(sourceData, targetData, width, height);
    const box = places.find((b) => frame.free(b, []));
    if (!box) return;
    frame.placed.push({ key: (edgeData as { key?: string }).key ?? "", text: label, kind: "edge", box });
    context.fillStyle = "rgba(255, 255, 255, 0.9)";
    context.fillRect(box.left, box.top, width, height);
    context.fillStyle = settings.edgeLabelColor.color ?? "#333";
    context.fillText(label, box.left + PADDING, box.top + PADDING + fontSize * 0.82);
  };
}
