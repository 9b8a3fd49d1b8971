// Force layout: the same dataset lands in the same place on every load. Positions start from a
// seeded generator (nodes taken in key order, so insertion order does not matter), ForceAtlas2 runs
// for a number of iterations set by the graph's size, then noverlap pushes apart nodes that still
// touch. Past CONVERGE_FROM nodes it stops once converged — the nodes' mean move in an iteration is
// under a pixel of the fitted canvas, so more iterations would not change what a reader sees — and
// past LARGE_GRAPH it uses Barnes–Hut (inferSettings) and fewer iterations the larger the graph, so a
// 50k-node graph settles in seconds; past NOVERLAP_MAX noverlap is skipped (see there).
// The data graph is only read: the work happens on a scratch copy of its structure. The work is
// split into plain data (layoutInput, structured-clone friendly) and the computation
// (layoutFromInput), so a worker can run it off the page (src/view/layout.worker.ts) with the same
// result as a synchronous call; ForceAtlas2 runs in steps so a caller can show progress.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import noverlap from "graphology-layout-noverlap";

import type { DataGraph } from "../model";
import { knownLayout } from "./known-layouts";
import { makeLabelRoom } from "./label-room";

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  /** On-screen radius of each node in pixels at the default zoom (for the overlap pass). */
  nodeSize?: (key: string) => number;
  /** Rough size of the canvas the layout will be fitted into, in pixels. */
  viewportPx?: number;
  /** Clear space kept between nodes, in pixels at the default zoom. */
  marginPx?: number;
  seed?: number;
  /** Width in pixels of the name drawn beside each node: the layout leaves it room (label-room.ts). */
  labelWidth?: (key: string) => number;
  /** Height in pixels of a name. */
  labelHeight?: number;
}

/** The graph's structure as plain arrays: node keys in key order, edges as index pairs. */
export interface LayoutInput {
  keys: string[];
  /** Pairs of indices into keys, one per linked pair (either direction), in edge order. */
  edges: Uint32Array;
  sizes: Float64Array;
  /** Name widths in pixels, in key order; empty: no room is made for names. */
  labelWidths: Float64Array;
  labelHeight: number;
  viewportPx: number;
  marginPx: number;
  seed: number;
}

/** Above this many nodes the layout runs fewer iterations, with a coarser Barnes–Hut. */
export const LARGE_GRAPH = 2000;
/**
 * Above this many nodes the layout stops once converged. Without it a graph of 1k–2k nodes ran all
 * 600 iterations without Barnes–Hut: 3.6 s at 1k nodes / 5k edges and 14 s at 2k in Node, where
 * the nodes stopped moving by a pixel after about 100.
 */
export const CONVERGE_FROM = 500;
/**
 * Above this many nodes noverlap is skipped: its grid gathers every colliding pair in one Set,
 * which passes V8's Set limit (2^24) and throws on a 50k-node graph, and nodes are 2-pixel dots there.
 */
export const NOVERLAP_MAX = 5000;

/** ForceAtlas2 iterations for `order` nodes: 600 up to LARGE_GRAPH, then fewer (134 at 10k, 60 from 50k). */
export function iterationsFor(order: number): number {
  return order <= LARGE_GRAPH ? 600 : Math.max(60, Math.round(300 * Math.sqrt(LARGE_GRAPH / order)));
}
/** ForceAtlas2 iterations between progress reports. */
const STEP = 10;

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

export function layoutInput(graph: DataGraph, options: LayoutOptions = {}): LayoutInput {
  const { nodeSize = () => 5, viewportPx = 600, marginPx = 4, seed = 1, labelWidth, labelHeight = 16 } = options;
  const keys = [...graph.nodes()].sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const pairs: number[] = [];
  graph.forEachEdge((_edge, _attrs, source, target) => pairs.push(index.get(source)!, index.get(target)!));
  const labelWidths = labelWidth ? Float64Array.from(keys, labelWidth) : new Float64Array(0);
  const sizes = Float64Array.from(keys, nodeSize);
  return { keys, edges: Uint32Array.from(pairs), sizes, labelWidths, labelHeight, viewportPx, marginPx, seed };
}

/** Where ForceAtlas2 starts: cheap, deterministic, and a fair first picture while it runs. */
export function startPositions(keys: readonly string[], seed = 1): Positions {
  const random = seededRandom(seed);
  const spread = Math.sqrt(keys.length) * 10;
  const positions: Positions = new Map();
  for (const key of keys) positions.set(key, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  return positions;
}

/** Where the layout has got to: x, y of each node in key order (2 numbers a node). */
export type Progress = (done: number, total: number, xy: () => Float64Array) => void;

/** Runs the layout; `progress` is called every few ForceAtlas2 iterations. */
export function layoutFromInput(input: LayoutInput, progress?: Progress): Positions {
  const { keys, edges, sizes, labelWidths, labelHeight, viewportPx, marginPx, seed } = input;
  // Scratch nodes are named by index: a key such as `__proto__` would break the plain-object maps
  // inside graphology-layout-forceatlas2 and -noverlap.
  const scratch = new Graph({ type: "undirected", multi: false });
  let n = 0;
  for (const p of startPositions(keys, seed).values()) scratch.addNode(String(n++), { ...p });
  for (let i = 0; i < edges.length; i += 2) {
    const source = String(edges[i]!);
    const target = String(edges[i + 1]!);
    if (!scratch.hasEdge(source, target)) scratch.addEdge(source, target);
  }
  if (keys.length === 0) return new Map();

  if (scratch.size > 0) {
    const large = keys.length > LARGE_GRAPH;
    // A coarser Barnes–Hut on large graphs: about twice as fast, and the picture is the same at that scale.
    const settings = { ...forceAtlas2.inferSettings(scratch), linLogMode: false, ...(large && { barnesHutTheta: 1 }) };
    const iterations = iterationsFor(keys.length);
    // What forceAtlas2.assign does, with a look-in every STEP iterations (same result).
    const matrices = graphToByteArrays(scratch, () => 1);
    const all = { ...FA2_DEFAULTS, ...settings };
    const nodes = matrices.nodes;
    const xy = () => Float64Array.from({ length: keys.length * 2 }, (_, i) => nodes[(i >> 1) * PPN + (i & 1)]!);
    const before = new Float64Array(keys.length * 2);
    const converge = keys.length > CONVERGE_FROM;
    for (let done = 0; done < iterations; done++) {
      if (converge) copyXY(nodes, before);
      iterate(all, nodes, matrices.edges);
      const moved = converge && meanMove(nodes, before) < extentOfMatrix(nodes) / viewportPx;
      const last = done + 1 === iterations || moved;
      if (progress && ((done + 1) % STEP === 0 || last)) progress(done + 1, last ? done + 1 : iterations, xy);
      if (last) break;
    }
    assignLayoutChanges(scratch, matrices.nodes, null);
  }

  // noverlap works in graph units; convert the pixel sizes using the extent the canvas will show.
  const extent = extentOf(scratch);
  const unitsPerPx = extent / viewportPx;
  const sizeOf = new Map(keys.map((_key, i) => [String(i), sizes[i]!]));
  if (keys.length <= NOVERLAP_MAX)
    noverlap.assign(scratch, {
      maxIterations: keys.length > LARGE_GRAPH ? 50 : 300,
      inputReducer: (key, attrs) => ({ x: attrs.x, y: attrs.y, size: sizeOf.get(key)! * unitsPerPx }),
      settings: { margin: marginPx * unitsPerPx, ratio: 1, expansion: 1.1, speed: 3 },
    });

  const xy = new Float64Array(keys.length * 2);
  keys.forEach((_key, i) => {
    xy[2 * i] = scratch.getNodeAttribute(String(i), "x");
    xy[2 * i + 1] = scratch.getNodeAttribute(String(i), "y");
  });
  if (labelWidths.length === keys.length) makeLabelRoom({ xy, sizes, labelWidths, labelHeight, viewportPx });
  const positions: Positions = new Map();
  keys.forEach((key, i) => positions.set(key, { x: round(xy[2 * i]!), y: round(xy[2 * i + 1]!) }));
  return positions;
}

export function forceLayout(graph: DataGraph, options: LayoutOptions = {}): Positions {
  const input = layoutInput(graph, options);
  return knownLayout(input) ?? layoutFromInput(input);
}

/** Numbers per node in ForceAtlas2's node matrix (x and y come first). */
const PPN = 10;

function copyXY(nodes: Float32Array, into: Float64Array): void {
  for (let i = 0; i < into.length / 2; i++) {
    into[2 * i] = nodes[i * PPN]!;
    into[2 * i + 1] = nodes[i * PPN + 1]!;
  }
}

/** Mean distance the nodes moved since `before` (x, y of each node). */
function meanMove(nodes: Float32Array, before: Float64Array): number {
  const n = before.length / 2;
  let sum = 0;
  for (let i = 0; i < n; i++)
    sum += Math.hypot(nodes[i * PPN]! - before[2 * i]!, nodes[i * PPN + 1]! - before[2 * i + 1]!);
  return sum / Math.max(n, 1);
}

function extentOfMatrix(nodes: Float32Array): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < nodes.length; i += PPN) {
    minX = Math.min(minX, nodes[i]!);
    maxX = Math.max(maxX, nodes[i]!);
    minY = Math.min(minY, nodes[i + 1]!);
    maxY = Math.max(maxY, nodes[i + 1]!);
  }
  return Math.max(maxX - minX, maxY - minY, 1);
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
