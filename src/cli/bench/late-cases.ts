// Queries that arrived after the first benchmark (lineage, paths), kept apart from node-suite.ts.
import type { DataGraph } from "../../model";
import type { Landmarks } from "./landmarks";
import type { NodeCase } from "./node-suite";

export function lateCases(_graph: DataGraph, _marks: Landmarks): NodeCase[] {
  return [];
}
