// Where labels go on screen, and whether two of them collide: plain geometry in viewport pixels,
// shared by the node, hover and edge label drawers.

export interface Box {
  /** The node a box belongs to, for node boxes: a label may touch its own node. */
  key?: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 3;
/** Labels keep this far from the canvas's edges, so none is cut by it. */
export const EDGE_MARGIN = 4;

/** Where a name would rather go: right of its node (else left), under it, or left of it. */
export type LabelPlace = "beside" | "below" | "left";

export interface Canvas {
  width: number;
  height: number;
}

/**
 * The places a label may take around its node, in order of preference: right, left, above, below,
 * then the four corners, then the same ring again a little farther out, twice. A place that would cross the
 * canvas's edge is moved along its side of the node (above and below slide left or right) and left
 * out when it still does not fit, so every place returned lies inside the canvas.
 */
export function labelPlaces(
  x: number,
  y: number,
  nodeSize: number,
  width: number,
  height: number,
  canvas: Canvas,
  prefer: LabelPlace = "beside",
): Box[] {
  const places: Box[] = [];
  for (const reach of [nodeSize + GAP, nodeSize + GAP + height, nodeSize + GAP + 2 * height]) {
    const half = height / 2;
    const diagonal = reach * 0.75;
    const beside = [
      { left: x + reach, top: y - half, slide: false },
      { left: x - reach - width, top: y - half, slide: false },
    ];
    // Above and below may slide along their side: a long name near the edge still shows whole.
    const stacked = [
      { left: x - width / 2, top: y - reach - height, slide: true },
      { left: x - width / 2, top: y + reach, slide: true },
    ];
    const corners = [
      { left: x + diagonal, top: y - diagonal - height, slide: false },
      { left: x + diagonal, top: y + diagonal, slide: false },
      { left: x - diagonal - width, top: y - diagonal - height, slide: false },
      { left: x - diagonal - width, top: y + diagonal, slide: false },
    ];
    const ring =
      prefer === "below"
        ? [stacked[1]!, stacked[0]!, ...beside, ...corners]
        : prefer === "left"
          ? [beside[1]!, ...stacked, beside[0]!, ...corners]
          : [...beside, ...stacked, ...corners];
    for (const p of ring) {
      const box = fit({ left: p.left, top: p.top, right: p.left + width, bottom: p.top + height }, canvas, p.slide);
      if (box) places.push(box);
    }
  }
  return places;
}

/** The box inside the canvas (slid sideways when `slide`), or null when it cannot be. */
function fit(box: Box, canvas: Canvas, slide: boolean): Box | null {
  const minX = EDGE_MARGIN;
  const maxX = canvas.width - EDGE_MARGIN;
  if (slide && box.left < minX) box = { ...box, left: minX, right: minX + (box.right - box.left) };
  if (slide && box.right > maxX) box = { ...box, left: maxX - (box.right - box.left), right: maxX };
  const inside =
    box.left >= minX && box.right <= maxX && box.top >= EDGE_MARGIN && box.bottom <= canvas.height - EDGE_MARGIN;
  return inside ? box : null;
}

/** A label this close to its node's side, and level with it, reads as that node's without a line. */
const NEAR = GAP + 2;

/**
 * The line that joins a label to its node (x, y, radius `size`) when the label does not sit right
 * beside, above or below it: from the node's edge to the nearest point of the label's box, as
 * x1, y1, x2, y2. Null for a label against its node's side. A name pushed to a corner or farther out
 * by its neighbours' names could otherwise be read as the name of the node it ends up next to.
 */
export function leaderLine(x: number, y: number, size: number, box: Box): [number, number, number, number] | null {
  const dx = Math.max(box.left - (x + size), x - size - box.right, 0);
  const dy = Math.max(box.top - (y + size), y - size - box.bottom, 0);
  if ((dx <= NEAR && dy === 0) || (dy <= NEAR && dx === 0)) return null;
  const px = Math.min(Math.max(x, box.left), box.right);
  const py = Math.min(Math.max(y, box.top), box.bottom);
  const d = Math.hypot(px - x, py - y);
  return [x + ((px - x) * size) / d, y + ((py - y) * size) / d, px, py];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The square around a node drawn at (x, y) with radius r. */
export function nodeBox(key: string, x: number, y: number, r: number): Box {
  return { key, left: x - r, top: y - r, right: x + r, bottom: y + r };
}

/**
 * Upright boxes for an edge's label, centred on points along the visible part of the edge (its
 * middle first, then nearer either end), or none when the ends touch.
 */
export function edgeLabelPlaces(
  source: { x: number; y: number; size: number },
  target: { x: number; y: number; size: number },
  width: number,
  height: number,
): Box[] {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const d = Math.hypot(dx, dy);
  if (d < source.size + target.size) return [];
  const visible = d - source.size - target.size;
  return [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => {
    const cx = source.x + (dx * (source.size + visible * t)) / d;
    const cy = source.y + (dy * (source.size + visible * t)) / d;
    return { left: cx - width / 2, right: cx + width / 2, top: cy - height / 2, bottom: cy + height / 2 };
  });
}
