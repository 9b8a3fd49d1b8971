// Room for names: after ForceAtlas2 and noverlap, nodes are pushed apart until each one's box —
// its shape and its name written to its right — crosses no other, as they will be drawn when the
// whole graph is fitted to a canvas of `viewportPx`. Sigma fits the graph's extent to the canvas,
// so each round first scales the positions to that extent (in pixels), then separates every
// overlapping pair along the axis where they overlap least. Names stay pixels while the layout
// grows, so the rounds converge where the names fit, or stop after a fixed number.
//
// Written here because no graphology package does it: noverlap (graphology-layout-noverlap) only
// separates discs, and a disc as wide as a name would waste most of the canvas on air.

export interface LabelRoomInput {
  /** x, y of each node (graph units), changed in place. */
  xy: Float64Array;
  /** Radius of each node in pixels. */
  sizes: ArrayLike<number>;
  /** Width of each node's name in pixels (0: no name). */
  labelWidths: ArrayLike<number>;
  /** Height of a name in pixels. */
  labelHeight: number;
  /** The canvas the whole graph will be fitted into, in pixels (the smaller of its sides). */
  viewportPx: number;
  rounds?: number;
}

const GAP = 3;
const FIT_EVERY = 2;
const CLEAR = 2;

/** Past this many nodes the pass is skipped: its pairwise rounds would cost more than they give. */
export const LABEL_ROOM_MAX = 600;

/** How many pairs still overlapped in the last round (0: every name has room). */
export function makeLabelRoom({
  xy,
  sizes,
  labelWidths,
  labelHeight,
  viewportPx,
  rounds = 240,
}: LabelRoomInput): number {
  const n = sizes.length;
  if (n < 2 || n > LABEL_ROOM_MAX) return 0;
  // Each box, relative to its node: left, right, top, bottom in pixels.
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  const half = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = sizes[i]!;
    const w = labelWidths[i]!;
    left[i] = r + CLEAR;
    right[i] = (w > 0 ? r + GAP + w : r) + CLEAR;
    half[i] = Math.max(r, w > 0 ? labelHeight / 2 : 0) + CLEAR;
  }
  let overlapping = 0;
  for (let round = 0; round < rounds; round++) {
    // Rescaling every few rounds, not every one, lets a crowded patch spread before the whole
    // graph is shrunk back to the canvas.
    if (round % FIT_EVERY === 0) fitExtent(xy, viewportPx);
    overlapping = separate(xy, left, right, half);
    if (overlapping === 0 && round % FIT_EVERY === 0) break;
  }
  fitExtent(xy, viewportPx);
  // Where names still cross, the label drawer finds them another side; shapes must never cross.
  const shape = Float64Array.from({ length: n }, (_, i) => sizes[i]! + 1);
  for (let round = 0; round < 50 && separate(xy, shape, shape, shape) > 0; round++);
  return overlapping;
}

/** One pass over every pair: boxes (x - left, x + right, y ± half) that cross are pushed apart. */
function separate(xy: Float64Array, left: Float64Array, right: Float64Array, half: Float64Array): number {
  const n = left.length;
  let overlapping = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const xi = xy[2 * i]!;
      const yi = xy[2 * i + 1]!;
      const xj = xy[2 * j]!;
      const yj = xy[2 * j + 1]!;
      const ox = Math.min(xi + right[i]!, xj + right[j]!) - Math.max(xi - left[i]!, xj - left[j]!);
      if (ox <= 0) continue;
      const oy = Math.min(yi + half[i]!, yj + half[j]!) - Math.max(yi - half[i]!, yj - half[j]!);
      if (oy <= 0) continue;
      overlapping++;
      // Along the cheaper axis, half each; ties (the same point) go by index, so it is deterministic.
      if (oy <= ox) {
        const s = (yi < yj || (yi === yj && i < j) ? -1 : 1) * (oy / 2 + 0.5);
        xy[2 * i + 1] = yi + s;
        xy[2 * j + 1] = yj - s;
      } else {
        const s = (xi < xj || (xi === xj && i < j) ? -1 : 1) * (ox / 2 + 0.5);
        xy[2 * i] = xi + s;
        xy[2 * j] = xj - s;
      }
    }
  }
  return overlapping;
}

/** Scales positions about their centre so that the larger side of their extent is `px`. */
function fitExtent(xy: Float64Array, px: number): void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xy.length; i += 2) {
    minX = Math.min(minX, xy[i]!);
    maxX = Math.max(maxX, xy[i]!);
    minY = Math.min(minY, xy[i + 1]!);
    maxY = Math.max(maxY, xy[i + 1]!);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  if (!(extent > 0)) return;
  const k = px / extent;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (let i = 0; i < xy.length; i += 2) {
    xy[i] = (xy[i]! - cx) * k;
    xy[i + 1] = (xy[i + 1]! - cy) * k;
  }
}
