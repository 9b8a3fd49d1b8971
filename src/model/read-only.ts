// A loaded graph is read-only: display state never goes into the data graph (ARCHITECTURE.md).
// Attribute objects are frozen, and every graphology method that would change the graph throws.
// Code that needs a writable graph (a layout that assigns x/y, say) works on `graph.copy()`.
import type { DataGraph } from "./types";

const MUTATOR =
  /^(?:add(?!Listener)|merge|update|drop|clear|set(?!MaxListeners)|remove(?!(?:All)?Listeners?$)|replace|import)/;

export function deepFreeze(value: unknown): void {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}

/** deepFreeze for attributes from the loader's fast path, whose shape is known (fast-parse.ts). */
export function freezeFast(attrs: { sources: readonly object[]; aliases?: readonly string[]; extra?: object }): void {
  const { sources } = attrs;
  for (let i = 0; i < sources.length; i++) Object.freeze(sources[i]);
  Object.freeze(sources);
  if (attrs.aliases) Object.freeze(attrs.aliases);
  if (attrs.extra) Object.freeze(attrs.extra);
  Object.freeze(attrs);
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
  return lock(graph);
}

/** makeReadOnly for a graph whose node and edge attributes are already frozen (the loader's). */
export function lock(graph: DataGraph): DataGraph {
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
