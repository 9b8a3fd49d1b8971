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
  let low = Infinity;
  let high = -Infinity;
  graph.forEachNode((_key, { size }) => {
    if (size === undefined) return;
    low = Math.min(low, size);
    high = Math.max(high, size);
  });
  const sizes = new Map<string, number>();
  if (low === Infinity) return sizes;
  const span = high - low;
  graph.forEachNode((key, { size }) => {
    if (size !== undefined) sizes.set(key, span > 0 ? min + ((size - low) / span) * (max - min) : (min + max) / 2);
  });
  return sizes;
}
