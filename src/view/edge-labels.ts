// Edge labels ("hosted", "adopted at") shown around the hovered or selected node. Sigma draws each
// along its edge wherever it falls; around a hub they pile up in the middle. This drawer skips a
// label whose (axis-aligned) box would cross one already drawn in the same frame, then lets sigma
// draw the rest.
import { drawStraightEdgeLabel, type EdgeLabelDrawingFunction } from "sigma/rendering";

import { type Box, overlaps } from "./labels";

export interface EdgeLabelDrawer {
  draw: EdgeLabelDrawingFunction;
  /** Call at the start of each frame (sigma's beforeRender). */
  reset(): void;
}

/** Box around a label of `width` × `height` centred on the visible part of the edge. */
export function edgeLabelBox(
  source: { x: number; y: number; size: number },
  target: { x: number; y: number; size: number },
  width: number,
  height: number,
): Box | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const d = Math.hypot(dx, dy);
  if (d < source.size + target.size) return null;
  const visible = d - source.size - target.size;
  const length = Math.min(width, visible);
  const cx = source.x + (dx * (source.size + visible / 2)) / d;
  const cy = source.y + (dy * (source.size + visible / 2)) / d;
  const cos = Math.abs(dx / d);
  const sin = Math.abs(dy / d);
  const halfW = (length * cos + height * sin) / 2;
  const halfH = (length * sin + height * cos) / 2;
  return { left: cx - halfW, right: cx + halfW, top: cy - halfH, bottom: cy + halfH };
}

export function createEdgeLabelDrawer(): EdgeLabelDrawer {
  let drawn: Box[] = [];
  return {
    reset() {
      drawn = [];
    },
    draw(context, edgeData, sourceData, targetData, settings) {
      if (!edgeData.label) return;
      context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
      const width = context.measureText(edgeData.label).width;
      const box = edgeLabelBox(sourceData, targetData, width, settings.edgeLabelSize);
      if (!box || drawn.some((other) => overlaps(box, other))) return;
      drawn.push(box);
      drawStraightEdgeLabel(context, edgeData, sourceData, targetData, settings);
    },
  };
}
