// Edge labels ("hosted", "adopted at") shown around the hovered or selected node. Sigma draws each
// along its edge wherever it falls; around a hub they pile up in the middle. This drawer skips a
// label whose (axis-aligned) box would cross one already drawn in the same frame, then lets sigma
// draw the rest.
import { drawStraightEdgeLabel, type EdgeLabelDrawingFunction } from "sigma/rendering";

import { type Box, edgeLabelBox, overlaps } from "./label-geometry";

export interface EdgeLabelDrawer {
  draw: EdgeLabelDrawingFunction;
  /** Call at the start of each frame (sigma's beforeRender). */
  reset(): void;
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
