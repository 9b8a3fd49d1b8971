// Where a traced chain's nodes go on the canvas, so that the picture reads as the story:
// - a lineage top to bottom, one row per document in the lineage's order (earliest first, never
//   before a document it came from: lineage.ts), each branch in a column of its own (its lane),
//   and the events each document went through in the same row, left of the documents;
// - a path left to right, one column per node in the order the path goes, alternatives in rows
//   above and below, each node in the column of its place along its own path.
// Plain positions in layout units (one row or column = 1); the canvas scales them to its graph.
//
// No layered-layout library (dagre, elkjs) is used: their ranks come from the longest path, and
// here the rank must be the date order lineage() already gives, with its lanes — what is left to
// compute is the grid, which is a few lines. graphology-dag would only repeat lineage()'s sort.
import type { Lineage } from "./lineage";
import type { Positions } from "./layout";
import type { Connections } from "./paths";

/** Columns between branches of a lineage, in rows: each row holds one document, so its name runs
 * across the other columns without meeting another. */
const LANE_WIDTH = 0.7;
/** How far left of the first column the events stand, in rows. */
const EVENT_COLUMN = 1;
/** Rows between two events beside the same document. */
const EVENT_STEP = 0.32;

export function lineageLayout(lin: Lineage): Positions {
  const positions: Positions = new Map();
  lin.steps.forEach((step, row) => positions.set(step.key, { x: step.lane * LANE_WIDTH, y: -row }));
  // Each event once, beside the first document it is linked to; a document's events share its row.
  const besides = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const event of [...lin.steps.flatMap((s) => s.events), ...lin.links.flatMap((l) => l.events)]) {
    if (seen.has(event.event) || positions.has(event.event) || !positions.has(event.document)) continue;
    seen.add(event.event);
    besides.set(event.document, [...(besides.get(event.document) ?? []), event.event]);
  }
  for (const [document, events] of besides) {
    const row = positions.get(document)!.y;
    events.forEach((event, k) =>
      positions.set(event, { x: -EVENT_COLUMN, y: row + ((events.length - 1) / 2 - k) * EVENT_STEP }),
    );
  }
  return positions;
}

export function pathLayout(found: Connections): Positions {
  const positions: Positions = new Map();
  const [first, ...others] = found.paths;
  const main = first ? first.nodes : [found.source, found.target];
  main.forEach((key, i) => positions.set(key, { x: i, y: 0 }));
  const span = Math.max(main.length - 1, 1);
  others.forEach((path, k) => {
    // Alternatives alternate below and above the main line, farther out one by one.
    const y = (k % 2 === 0 ? -1 : 1) * (Math.floor(k / 2) + 1);
    const steps = Math.max(path.nodes.length - 1, 1);
    path.nodes.forEach((key, j) => {
      if (!positions.has(key)) positions.set(key, { x: (j / steps) * span, y });
    });
  });
  return positions;
}

/**
 * `chain` scaled and centred into the box of `frame` (the graph's own extent), so the camera that
 * frames the whole graph frames the chain; the chain keeps its proportions.
 */
export function fitInto(chain: Positions, frame: Iterable<{ x: number; y: number }>): Positions {
  const a = extent(chain.values());
  const b = extent(frame);
  const k = Math.min(b.width / (a.width || 1), b.height / (a.height || 1)) || 1;
  const out: Positions = new Map();
  for (const [key, p] of chain) out.set(key, { x: b.cx + (p.x - a.cx) * k, y: b.cy + (p.y - a.cy) * k });
  return out;
}

function extent(points: Iterable<{ x: number; y: number }>) {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (minX > maxX) return { cx: 0, cy: 0, width: 0, height: 0 };
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, width: maxX - minX, height: maxY - minY };
}
