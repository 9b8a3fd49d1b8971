// Node labels that do not pile up. Sigma offers a few labels per grid cell, but long labels still
// run into each other. This drawer skips a label whose box would cross one already drawn in the
// same frame or cover a node of similar size. The order decides who gets the space: the
// highlighted nodes (the selection, the hovered node, the ends of a selected relation), then the
// labels put first (the chosen organisations and the biggest hubs, `labelFirst` from reducers.ts),
// then the focus's neighbours, then bigger nodes before smaller ones. A label tries the right of
// its node, then the left; one put first may also go above or below, or over smaller nodes, and
// is drawn whatever the crowd. Labels have a white halo so they stay readable over edges.
//
// Highlighted nodes are drawn by sigma's hover layer; `drawHover` names them in a white box on
// the side that fits the canvas and tells the frame's other labels to keep clear of it, so a
// highlighted node is named once.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

import { type Box, labelBoxes, labelBoxesAround, overlaps } from "./label-geometry";

const HALO = 3;
const PADDING = 3;

export interface LabelDrawer {
  /** Sigma's label callback: only collects the label; `flush` draws them. */
  draw: NodeLabelDrawingFunction;
  /** Sigma's hover callback (highlighted nodes): a white disc and the label in a white box. */
  drawHover: NodeHoverDrawingFunction;
  /** Forgets the boxes of the last frame's highlighted nodes (sigma's beforeRender). */
  reset(): void;
  /** Draws the collected labels, most important first, skipping those that would collide. */
  flush(): void;
}

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & { key?: string; labelFirst?: boolean };

interface Candidate {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: Parameters<NodeLabelDrawingFunction>[2];
}

const rank = (data: LabelData) => (data.highlighted ? 3 : data.labelFirst ? 2 : data.forceLabel ? 1 : 0);

// Sigma hands labels over cell by cell, so a small node's label could take the place of a hub's.
// Collecting them and drawing at the end of the frame lets the most important choose first.
export function createLabelDrawer(obstacles: () => Box[] = () => []): LabelDrawer {
  let pending: Candidate[] = [];
  let hovered: Box[] = [];
  return {
    draw(context, data, settings) {
      if (data.label) pending.push({ context, data, settings });
    },
    drawHover(context, data, settings) {
      const fontSize = settings.labelSize;
      context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
      context.shadowOffsetX = 0;
      context.shadowOffsetY = 0;
      context.shadowBlur = 8;
      context.shadowColor = "#000";
      context.fillStyle = "#FFF";
      context.beginPath();
      context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
      context.fill();
      const key = (data as LabelData).key;
      const label = data.label;
      if (!label) return void (context.shadowBlur = 0);
      const width = context.measureText(label).width;
      const canvasWidth = context.canvas.clientWidth || context.canvas.width;
      const boxes = labelBoxesAround(data.x, data.y, data.size, width, fontSize, canvasWidth);
      const box = boxes.find((b) => !hovered.some((o) => overlaps(b, o))) ?? boxes[0];
      hovered.push({ ...box, key });
      context.fillRect(box.left - PADDING, box.top - PADDING, width + 2 * PADDING, box.bottom - box.top + 2 * PADDING);
      context.shadowBlur = 0;
      context.fillStyle = settings.labelColor.color ?? "#000";
      context.fillText(label, box.left, (box.top + box.bottom) / 2 + fontSize / 3);
    },
    reset() {
      hovered = [];
    },
    flush() {
      const batch = pending.sort((a, b) => rank(b.data) - rank(a.data) || b.data.size - a.data.size);
      pending = [];
      const nodes = batch.length ? obstacles() : [];
      const drawn: Box[] = hovered.map((b) => ({ ...b }));
      const named = new Set(hovered.map((b) => b.key));
      for (const { context, data, settings } of batch) {
        if (data.key !== undefined && named.has(data.key)) continue;
        const fontSize = settings.labelSize;
        context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
        const label = data.label as string;
        const width = context.measureText(label).width;
        const canvasWidth = context.canvas.clientWidth || context.canvas.width;
        const first = rank(data) >= 2;
        const blocked = (box: Box) => drawn.some((o) => overlaps(box, o));
        // A hub's name may run over a much smaller node: naming the hubs matters more.
        const blocking = (box: Box) =>
          nodes.some((o) => o.key !== data.key && overlaps(box, o) && o.right - o.left >= data.size * 1.5);
        const boxes = (first ? labelBoxesAround : labelBoxes)(data.x, data.y, data.size, width, fontSize, canvasWidth);
        let box = boxes.find((b) => !blocked(b) && !blocking(b));
        // What is put first is named whatever the crowd: over nodes if need be, else where it fits best.
        if (!box && first) box = boxes.find((b) => !blocked(b)) ?? boxes[0];
        if (!box) continue;
        drawn.push(box);
        const baseline = (box.top + box.bottom) / 2 + fontSize / 3;
        context.lineJoin = "round";
        context.lineWidth = HALO;
        context.strokeStyle = "rgba(255, 255, 255, 0.9)";
        context.strokeText(label, box.left, baseline);
        context.fillStyle = settings.labelColor.color ?? "#000";
        context.fillText(label, box.left, baseline);
      }
      hovered = [];
    },
  };
}
