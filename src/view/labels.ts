// Node labels that do not pile up. Sigma offers a few labels per grid cell, but long labels still
// run into each other. This drawer skips a label whose box would cross one already drawn in the
// same frame or cover a node of similar size; the focused node is always named, then its
// neighbours, then bigger nodes before smaller ones. A label tries the left of its node when the
// right is taken or off the canvas, and has a white halo so it stays readable over edges.
import type { NodeLabelDrawingFunction } from "sigma/rendering";

import { type Box, labelBoxes, overlaps } from "./label-geometry";

const HALO = 3;

export interface LabelDrawer {
  /** Sigma's label callback: only collects the label; `flush` draws them. */
  draw: NodeLabelDrawingFunction;
  /** Draws the collected labels, most important first, skipping those that would collide. */
  flush(): void;
}

interface Candidate {
  context: CanvasRenderingContext2D;
  data: Parameters<NodeLabelDrawingFunction>[1];
  settings: Parameters<NodeLabelDrawingFunction>[2];
}

// Sigma hands labels over cell by cell, so a small node's label could take the place of a hub's.
// Collecting them and drawing at the end of the frame lets the biggest nodes choose first.
export function createLabelDrawer(obstacles: () => Box[] = () => []): LabelDrawer {
  let pending: Candidate[] = [];
  return {
    draw(context, data, settings) {
      if (data.label) pending.push({ context, data, settings });
    },
    flush() {
      const rank = (c: Candidate) => (c.data.highlighted ? 2 : c.data.forceLabel ? 1 : 0);
      const batch = pending.sort((a, b) => rank(b) - rank(a) || b.data.size - a.data.size);
      pending = [];
      const nodes = batch.length ? obstacles() : [];
      const drawn: Box[] = [];
      for (const { context, data, settings } of batch) {
        const fontSize = settings.labelSize;
        context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
        const label = data.label as string;
        const width = context.measureText(label).width;
        const canvasWidth = context.canvas.clientWidth || context.canvas.width;
        const blocked = (other: Box, box: Box) => other.key !== data.key && overlaps(box, other);
        // A hub's name may run over a much smaller node: naming the hubs matters more.
        const blocking = (other: Box, box: Box) => blocked(other, box) && other.right - other.left >= data.size * 1.5;
        const boxes = labelBoxes(data.x, data.y, data.size, width, fontSize, canvasWidth);
        const free = boxes.find((b) => !drawn.some((o) => blocked(o, b)) && !nodes.some((o) => blocking(o, b)));
        // Only the focus itself (highlighted) is named whatever the crowd; its neighbours take turns.
        if (!free && !data.highlighted) continue;
        const box = free ?? boxes[0];
        drawn.push(box);
        const baseline = data.y + fontSize / 3;
        context.lineJoin = "round";
        context.lineWidth = HALO;
        context.strokeStyle = "rgba(255, 255, 255, 0.9)";
        context.strokeText(label, box.left, baseline);
        context.fillStyle = settings.labelColor.color ?? "#000";
        context.fillText(label, box.left, baseline);
      }
    },
  };
}
