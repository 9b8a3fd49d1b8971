// Imported graphs are frozen like the loader's: display state never goes into the data graph.
import type { AnyGraph } from "./types";

function deepFreeze(value: unknown): void {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}

export function freezeAttributes<G extends AnyGraph>(graph: G): G {
  graph.forEachNode((_, a) => deepFreeze(a));
  graph.forEachEdge((_, a) => deepFreeze(a));
  deepFreeze(graph.getAttributes());
  return graph;
}
