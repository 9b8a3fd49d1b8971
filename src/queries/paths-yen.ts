// Yen's k shortest simple paths over an undirected projection of the data graph (direction is
// ignored: "how are these connected" does not care which way a relation reads). Each spur path is
// graphology's bidirectional BFS on a copy of the projection with the root path's nodes and the
// already-used next edges removed. Paths come lazily, shortest first, ties in a stable order.
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";

import type { DataGraph } from "../model";

/** One node per visible node, one edge per pair of nodes joined by any relation. */
export function projection(graph: DataGraph, visible?: ReadonlySet<string> | null): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((key) => {
    if (!visible || visible.has(key)) simple.addNode(key);
  });
  graph.forEachEdge((_, __, source, target) => {
    if (simple.hasNode(source) && simple.hasNode(target)) simple.mergeEdge(source, target);
  });
  return simple;
}

export function shortest(simple: UndirectedGraph, source: string, target: string): string[] | null {
  if (!simple.hasNode(source) || !simple.hasNode(target)) return null;
  return bidirectional(simple, source, target);
}

const sameStart = (path: readonly string[], root: readonly string[]) => root.every((k, i) => path[i] === k);

export function* yenPaths(simple: UndirectedGraph, source: string, target: string): Generator<string[]> {
  const first = shortest(simple, source, target);
  if (!first) return;
  const found: string[][] = [first];
  const seen = new Set<string>([first.join("\u0000")]);
  const candidates: string[][] = [];
  yield first;
  for (;;) {
    const previous = found[found.length - 1]!;
    for (let i = 0; i < previous.length - 1; i++) {
      const spur = previous[i]!;
      const root = previous.slice(0, i + 1);
      const copy = simple.copy();
      for (const path of found) {
        if (path.length > i + 1 && sameStart(path, root) && copy.hasEdge(path[i]!, path[i + 1]!)) {
          copy.dropEdge(path[i]!, path[i + 1]!);
        }
      }
      for (const node of root.slice(0, -1)) copy.dropNode(node);
      const rest = shortest(copy, spur, target);
      if (!rest) continue;
      const total = [...root.slice(0, -1), ...rest];
      const id = total.join("\u0000");
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.push(total);
    }
    if (!candidates.length) return;
    candidates.sort((a, b) => a.length - b.length || a.join(",").localeCompare(b.join(",")));
    const next = candidates.shift()!;
    found.push(next);
    yield next;
  }
}
