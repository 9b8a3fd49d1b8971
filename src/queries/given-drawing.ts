// A file that carries its own drawing (Gephi's positions, sizes and colours; docs/data-contract.md)
// is drawn as given: these read it. Positions count only when every node has both x and y — a
// file with some placed and some not is laid out as a whole.
import type { DataGraph } from "../model";
import type { Positions } from "./layout";

/** The file's own positions, or null when a node has none. */
export function givenPositions(graph: DataGraph): Positions | null {
  if (graph.order === 0) return null;
  const positions: Positions = new Map();
  let complete = true;
  graph.forEachNode((key, { x, y }) => {
    if (x === undefined || y === undefined) complete = false;
    else if (complete) positions.set(key, { x, y });
  });
  return complete ? positions : null;
}

/**
 * The file's sizes mapped onto [min, max] pixels, keeping their proportions to the smallest and
 * largest: Gephi's units are not the canvas's. Nodes without a size are left out.
 */
export function givenSizes(graph: DataGraph, min: number, max: number): Map<string, number> {
  const keys: string[] = [];
  const values: number[] = [];
  graph.forEachNode((key, { size }) => {
    if (size === undefined) return;
    keys.push(key);
    values.push(size);
  });
  const scaled = scaleSizes(values, min, max);
  return new Map(keys.map((key, i) => [key, scaled[i]!]));
}

/** `values` mapped onto [min, max] as givenSizes maps them; NaN (no size) stays NaN. */
export function scaleSizes(values: ArrayLike<number>, min: number, max: number): Float64Array {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const span = high - low;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    out[i] = Number.isNaN(v) ? NaN : span > 0 ? min + ((v - low) / span) * (max - min) : (min + max) / 2;
  }
  return out;
}
