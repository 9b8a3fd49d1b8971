// Stepping through a node's neighbours with the keyboard (`]` / `[`): in the order the details
// panel lists them (lineage first, then relation by relation, by date), each neighbour once,
// skipping nodes out of view.
import type { DataGraph } from "../model";
import { relationGroups } from "./describe";

export function neighbourOrder(graph: DataGraph, key: string, visible: ReadonlySet<string> | null = null): string[] {
  const seen = new Set<string>();
  for (const group of relationGroups(graph, key))
    for (const item of group.items) if (visible === null || visible.has(item.other)) seen.add(item.other);
  return [...seen];
}

export interface NeighbourWalk {
  /** The node whose neighbours are being visited. */
  anchor: string;
  index: number;
}

/**
 * The next step of a walk. A walk goes on while the selection is the neighbour it last chose;
 * once the reader selects something else, the new selection becomes the anchor.
 */
export function stepNeighbour(
  graph: DataGraph,
  selected: string,
  walk: NeighbourWalk | null,
  step: 1 | -1,
  visible: ReadonlySet<string> | null = null,
): { walk: NeighbourWalk; key: string } | null {
  const continuing =
    walk && graph.hasNode(walk.anchor) && neighbourOrder(graph, walk.anchor, visible)[walk.index] === selected;
  const anchor = continuing ? walk.anchor : selected;
  const order = neighbourOrder(graph, anchor, visible);
  if (!order.length) return null;
  const index = continuing ? (walk.index + step + order.length) % order.length : step === 1 ? 0 : order.length - 1;
  return { walk: { anchor, index }, key: order[index]! };
}
