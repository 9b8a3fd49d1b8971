// A loaded graph is read-only: display state never goes into the data graph (ARCHITECTURE.md).
// Attribute objects are frozen, and every graphology method that would change the graph throws.
// Code that needs a writable graph (a layout that assigns x/y, say) works on `graph.copy()`.
import type { DataGraph } from "./types";

const MUTATOR =
  /^(?:add(?!Listener)|merge|update|drop|clear|set(?!MaxListeners)|remove(?!(?:All)?Listeners?$)|replace|import)/;

function deepFreeze(value: unknown): void {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}

function methodNames(object: object): Set<string> {
  const names = new Set<string>();
  for (
    let proto = Object.getPrototypeOf(object);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  )
    for (const name of Object.getOwnPropertyNames(proto)) if (MUTATOR.test(name)) names.add(name);
  return names;
}

export function makeReadOnly(graph: DataGraph): DataGraph {
  graph.forEachNode((_, attrs) => deepFreeze(attrs));
  graph.forEachEdge((_, attrs) => deepFreeze(attrs));
  deepFreeze(graph.getAttributes());
  for (const name of methodNames(graph)) {
    Object.defineProperty(graph, name, {
      value: () => {
        throw new Error(`graph: the data graph is read-only (${name}); work on graph.copy() instead`);
      },
      enumerable: false,
    });
  }
  return graph;
}

export function isReadOnly(graph: DataGraph): boolean {
  return Object.hasOwn(graph, "addNode");
}
