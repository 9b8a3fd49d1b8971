// Imported graphs are read-only like the loader's: display state never goes into the data graph.
import { type DataGraph, makeReadOnly } from "../model";
import type { AnyGraph } from "./types";

export function freezeGraph(graph: AnyGraph): AnyGraph {
  // makeReadOnly only freezes and locks; it reads no attribute the generic kinds could upset.
  return makeReadOnly(graph as unknown as DataGraph) as unknown as AnyGraph;
}
