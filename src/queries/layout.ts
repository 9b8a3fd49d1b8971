// Force layout: the same dataset lands in the same place on every load. Positions start from a
// seeded generator (nodes taken in key order, so insertion order does not matter), ForceAtlas2 runs
// synchronously for a fixed number of iterations, then noverlap pushes apart nodes that still touch.
// The data graph is only read: the work happens on a scratch copy of its structure.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

import type { DataGraph } from "../model";

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  /** On-screen radius of each node in pixels at the default zoom (for the overlap pass). */
  nodeSize?: (key: string) => number;
  /** Rough size of the canvas the layout will be fitted into, in pixels. */
  viewportPx?: number;
  /** Clear space kept between nodes, in pixels at the default zoom. */
  marginPx?: number;
  seed?: number;
}

/** Above this many nodes the layout runs fewer iterations (issue 7 moves it to a worker). */
export const LARGE_GRAPH = 2000;

/** mulberry32: tiny, fast and good enough to scatter starting points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function forceLayout(graph: DataGraph, options: LayoutOptions = {}): Positions {
  const { nodeSize = () => 5, viewportPx = 600, marginPx = 4, seed = 1 } = options;
  const scratch = new Graph({ type: "undirected", multi: false });
  const random = seededRandom(seed);
  const keys = [...graph.nodes()].sort();
  const spread = Math.sqrt(keys.length) * 10;
  for (const key of keys) scratch.addNode(key, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (!scratch.hasEdge(source, target)) scratch.addEdge(source, target);
  });
  if (keys.length === 0) return new Map();

  if (scratch.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(scratch), linLogMode: false };
    const iterations = keys.length > LARGE_GRAPH ? 60 : 600;
    forceAtlas2.assign(scratch, { iterations, settings });
  }

  // noverlap works in graph units; convert the pixel sizes using the extent the canvas will show.
  const extent = extentOf(scratch);
  const unitsPerPx = extent / viewportPx;
  noverlap.assign(scratch, {
    maxIterations: keys.length > LARGE_GRAPH ? 50 : 300,
    inputReducer: (key, attrs) => ({ x: attrs.x, y: attrs.y, size: nodeSize(key) * unitsPerPx }),
    settings: { margin: marginPx * unitsPerPx, ratio: 1, expansion: 1.1, speed: 3 },
  });

  const positions: Positions = new Map();
  scratch.forEachNode((key, attrs) => positions.set(key, { x: round(attrs.x), y: round(attrs.y) }));
  return positions;
}

function extentOf(graph: Graph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY, 1);
}

// Rounding removes float noise, so the same input always gives byte-identical output.
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
