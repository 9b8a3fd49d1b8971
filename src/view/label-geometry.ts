// Where labels go on screen, and whether two of them collide: plain geometry in viewport pixels,
// shared by the node and edge label drawers.

export interface Box {
  /** The node a box belongs to, for node boxes: a label may touch its own node. */
  key?: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 3;

/** Where a label may go, in order of preference: right of its node, else left of it. */
export function labelBoxes(
  x: number,
  y: number,
  nodeSize: number,
  width: number,
  fontSize: number,
  canvasWidth: number,
): Box[] {
  const top = y - fontSize * 0.45;
  const bottom = y + fontSize * 0.45;
  const right = { left: x + nodeSize + GAP, top, right: x + nodeSize + GAP + width, bottom };
  const left = { left: x - nodeSize - GAP - width, top, right: x - nodeSize - GAP, bottom };
  const fitsRight = right.right <= canvasWidth;
  const fitsLeft = left.left >= 0;
  if (fitsRight) return fitsLeft ? [right, left] : [right];
  return fitsLeft ? [left] : [right];
}

/** Where a label that must be drawn may go: beside its node as above, then over it, then under it;
 * the places inside the canvas first. */
export function labelBoxesAround(
  x: number,
  y: number,
  nodeSize: number,
  width: number,
  fontSize: number,
  canvasWidth: number,
): Box[] {
  const left = Math.min(Math.max(0, x - width / 2), Math.max(0, canvasWidth - width));
  const half = fontSize * 0.45;
  const above = y - nodeSize - GAP - half;
  const below = y + nodeSize + GAP + half;
  const boxes = [
    ...labelBoxes(x, y, nodeSize, width, fontSize, canvasWidth),
    { left, right: left + width, top: above - half, bottom: above + half },
    { left, right: left + width, top: below - half, bottom: below + half },
  ];
  // A long name beside a node near the edge would be cut off: over or under it, it shows whole.
  const fits = (b: Box) => b.left >= 0 && b.right <= canvasWidth;
  return [...boxes.filter(fits), ...boxes.filter((b) => !fits(b))];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
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
