// Yen's k shortest simple paths over an undirected projection of the data graph (direction is
// ignored: "how are these connected" does not care which way a relation reads). The first path is
// graphology's bidirectional BFS; each spur path is a BFS that skips the root path's nodes and the
// next edges already used by found paths, so nothing is copied. Paths come lazily, shortest
// first, ties in a stable order.
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

const pairId = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Breadth-first path from source to target avoiding some nodes and some edges (as pair ids). */
function bfsAvoiding(
  adjacency: ReadonlyMap<string, readonly string[]>,
  source: string,
  target: string,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
): string[] | null {
  const parent = new Map<string, string | null>([[source, null]]);
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node === target) {
      const path: string[] = [];
      for (let at: string | null = target; at !== null; at = parent.get(at)!) path.push(at);
      return path.reverse();
    }
    for (const next of adjacency.get(node)!) {
      if (parent.has(next) || nodes.has(next) || edges.has(pairId(node, next))) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  return null;
}

/** Candidates by length; the next path is the shortest, then the first by id, for a stable order. */
class Candidates {
  private readonly byLength = new Map<number, Map<string, string[]>>();
  add(nodes: string[], id: string): void {
    let bucket = this.byLength.get(nodes.length);
    if (!bucket) this.byLength.set(nodes.length, (bucket = new Map()));
    bucket.set(id, nodes);
  }
  take(): string[] | undefined {
    const lengths = [...this.byLength.keys()].filter((l) => this.byLength.get(l)!.size > 0);
    if (!lengths.length) return undefined;
    const bucket = this.byLength.get(Math.min(...lengths))!;
    let best: string | undefined;
    for (const id of bucket.keys()) if (best === undefined || id < best) best = id;
    const nodes = bucket.get(best!)!;
    bucket.delete(best!);
    return nodes;
  }
}

export function* yenPaths(simple: UndirectedGraph, source: string, target: string): Generator<string[]> {
  const first = shortest(simple, source, target);
  if (!first) return;
  // For each prefix of a found path (as an id), the next edges found paths took from it.
  const usedAfter = new Map<string, Set<string>>();
  const remember = (path: readonly string[]) => {
    let prefix = "";
    for (let i = 0; i < path.length - 1; i++) {
      prefix += `${path[i]}\u0000`;
      let used = usedAfter.get(prefix);
      if (!used) usedAfter.set(prefix, (used = new Set()));
      used.add(pairId(path[i]!, path[i + 1]!));
    }
  };
  const adjacency = new Map(simple.mapNodes((node) => [node, simple.neighbors(node)] as const));
  const seen = new Set<string>([first.join("\u0000")]);
  const candidates = new Candidates();
  remember(first);
  yield first;
  for (let previous: string[] | undefined = first; previous; previous = candidates.take()) {
    if (previous !== first) {
      remember(previous);
      yield previous;
    }
    let prefix = "";
    for (let i = 0; i < previous.length - 1; i++) {
      const root = previous.slice(0, i + 1);
      prefix += `${previous[i]}\u0000`;
      const rest = bfsAvoiding(adjacency, previous[i]!, target, new Set(root.slice(0, -1)), usedAfter.get(prefix)!);
      if (!rest) continue;
      const nodes = [...root.slice(0, -1), ...rest];
      const id = nodes.join("\u0000");
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.add(nodes, id);
    }
  }
}
