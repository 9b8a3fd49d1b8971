// Node keys such as `constructor`, `toString` or `__proto__` are ordinary strings to a dataset, but
// graphology 0.26 indexes each node's neighbours in plain objects (`this.out = {}` in its NodeData
// classes), so `out["constructor"]` finds Object's constructor: adding an edge to such a node
// throws "already exists" in a simple graph and, in a multigraph, links Object itself into the
// edge list (a page error on the next traversal), and `__proto__` replaces the index's prototype.
// This module, imported for its side effect by model/index.ts before any graph is built, makes
// those indices objects without a prototype, so every string works as a key, and gives the three
// methods that called `index.hasOwnProperty(target)` on them (hasEdge, hasDirectedEdge,
// hasUndirectedEdge with a source and a target) a version that does not. It reaches the
// classes through a throwaway node of each graph type; if graphology changes shape it throws at
// once (and test/model/prototype-keys.test.ts fails) rather than failing later on a user's file.
import Graph from "graphology";

const PATCHED = Symbol.for("policy-lineage-explorer.null-prototype-indices");
const INDICES = ["in", "out", "undirected"] as const;

type NodeData = Record<(typeof INDICES)[number], object | undefined>;
type NodeDataPrototype = { clear(this: NodeData): void; [PATCHED]?: true };

for (const type of ["mixed", "directed", "undirected"] as const) {
  const probe = new Graph({ type });
  probe.addNode("probe");
  const nodes = (probe as unknown as { _nodes?: unknown })._nodes;
  const data = nodes instanceof Map ? nodes.get("probe") : undefined;
  const proto = data ? (Object.getPrototypeOf(data) as NodeDataPrototype) : undefined;
  if (!proto || typeof proto.clear !== "function")
    throw new Error("graphology-keys: graphology's node data has changed shape; review this patch");
  if (proto[PATCHED]) continue;
  const clear = proto.clear;
  proto.clear = function (this: NodeData) {
    clear.call(this);
    for (const index of INDICES) if (this[index] !== undefined) this[index] = Object.create(null) as object;
  };
  proto[PATCHED] = true;
}

const own = (index: object | undefined, key: unknown) =>
  index !== undefined && Object.prototype.hasOwnProperty.call(index, String(key));

type Lookup = (this: Graph, ...args: unknown[]) => boolean;
const base = Graph.prototype as unknown as Record<"hasEdge" | "hasDirectedEdge" | "hasUndirectedEdge", Lookup> & {
  [PATCHED]?: true;
};
if (!base[PATCHED]) {
  const indices = {
    hasEdge: ["out", "undirected"],
    hasDirectedEdge: ["out"],
    hasUndirectedEdge: ["undirected"],
  } as const;
  for (const [name, use] of Object.entries(indices) as [keyof typeof indices, readonly ("out" | "undirected")[]][]) {
    const original = base[name];
    base[name] = function (this: Graph, ...args: unknown[]) {
      if (args.length !== 2) return original.apply(this, args);
      if (name === "hasDirectedEdge" && this.type === "undirected") return false;
      if (name === "hasUndirectedEdge" && this.type === "directed") return false;
      const data = (this as unknown as { _nodes: Map<string, NodeData> })._nodes.get(String(args[0]));
      return !!data && use.some((index) => own(data[index], args[1]));
    };
  }
  base[PATCHED] = true;
}
