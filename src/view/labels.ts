// Node labels that do not pile up. Sigma picks at most one label per grid cell, but long labels
// still run into each other; this drawer also skips a label whose box would cross one already
// drawn in the same frame (forced labels — the focus and its neighbours — always draw), flips a
// label to the left of its node near the right edge, and gives text a white halo over edges.
import type { NodeLabelDrawingFunction } from "sigma/rendering";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 3;
const HALO = 3;

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction;
  /** Call at the start of each frame (sigma's beforeRender). */
  reset(): void;
}

export function labelBox(x: number, y: number, nodeSize: number, width: number, fontSize: number, canvasWidth: number) {
  const onLeft = x + nodeSize + GAP + width > canvasWidth && x - nodeSize - GAP - width >= 0;
  const left = onLeft ? x - nodeSize - GAP - width : x + nodeSize + GAP;
  return { onLeft, box: { left, top: y - fontSize / 2 - 1, right: left + width, bottom: y + fontSize / 2 + 1 } };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function createLabelDrawer(): LabelDrawer {
  let drawn: Box[] = [];
  return {
    reset() {
      drawn = [];
    },
    draw(context, data, settings) {
      if (!data.label) return;
      const fontSize = settings.labelSize;
      context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
      const width = context.measureText(data.label).width;
      const canvasWidth = context.canvas.clientWidth || context.canvas.width;
      const { box } = labelBox(data.x, data.y, data.size, width, fontSize, canvasWidth);
      if (!data.forceLabel && drawn.some((other) => overlaps(box, other))) return;
      drawn.push(box);
      const baseline = data.y + fontSize / 3;
      context.lineJoin = "round";
      context.lineWidth = HALO;
      context.strokeStyle = "rgba(255, 255, 255, 0.9)";
      context.strokeText(data.label, box.left, baseline);
      context.fillStyle = settings.labelColor.color ?? "#000";
      context.fillText(data.label, box.left, baseline);
    },
  };
}
