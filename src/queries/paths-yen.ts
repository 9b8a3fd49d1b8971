// Yen's k shortest simple paths over the data graph with direction ignored ("how are these
// connected" does not care which way a relation reads). Nothing is copied: the searches walk the
// data graph's own adjacency (graph.forEachNeighbor gives in- and out-neighbours once each),
// limited to the visible nodes. Every search, the first path and each spur path, is a
// bidirectional breadth-first search; a spur search skips the root path's nodes and the next
// edges already taken by found paths. Paths come lazily, shortest first, ties in a stable order.
import { UndirectedGraph } from "graphology";

import type { DataGraph } from "../model";

/** The nodes a search may visit and their neighbours, direction ignored. */
export interface Walk {
  has(node: string): boolean;
  forEachNeighbor(node: string, visit: (next: string) => void): void;
}

export function walkOf(graph: DataGraph, visible?: ReadonlySet<string> | null): Walk {
  if (!visible) return { has: (node) => graph.hasNode(node), forEachNeighbor: (n, f) => graph.forEachNeighbor(n, f) };
  return {
    has: (node) => visible.has(node) && graph.hasNode(node),
    forEachNeighbor: (node, visit) =>
      graph.forEachNeighbor(node, (next) => {
        if (visible.has(next)) visit(next);
      }),
  };
}

/**
 * One node per visible node, one edge per pair of nodes joined by any relation. The searches no
 * longer need it (they walk the data graph); kept for the benchmark's comparison.
 */
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

const NONE: ReadonlySet<string> = new Set();

/**
 * Shortest path from source to target, never through `avoid`, and not along an edge from source
 * to one of `notFirst`. Both ends grow a level at a time, the smaller first.
 */
function bidirectional(
  walk: Walk,
  source: string,
  target: string,
  avoid: ReadonlySet<string> = NONE,
  notFirst: ReadonlySet<string> = NONE,
): string[] | null {
  if (!walk.has(source) || !walk.has(target) || avoid.has(source) || avoid.has(target)) return null;
  if (source === target) return [source];
  const before = new Map<string, string | null>([[source, null]]);
  const after = new Map<string, string | null>([[target, null]]);
  let forward = [source];
  let backward = [target];
  const joined = (a: string, b: string) => {
    const path: string[] = [];
    for (let at: string | null = a; at !== null; at = before.get(at)!) path.push(at);
    path.reverse();
    for (let at: string | null = b; at !== null; at = after.get(at)!) path.push(at);
    return path;
  };
  while (forward.length && backward.length) {
    const ahead = forward.length <= backward.length;
    const [frontier, mine, theirs] = ahead ? [forward, before, after] : [backward, after, before];
    const next: string[] = [];
    let meet: [string, string] | null = null;
    for (const node of frontier) {
      walk.forEachNeighbor(node, (other) => {
        if (meet || mine.has(other) || avoid.has(other)) return;
        // The edge between source and a notFirst neighbour is closed both ways.
        if ((node === source && notFirst.has(other)) || (other === source && notFirst.has(node))) return;
        if (theirs.has(other)) meet = ahead ? [node, other] : [other, node];
        else {
          mine.set(other, node);
          next.push(other);
        }
      });
      if (meet) return joined(meet[0], meet[1]);
    }
    if (ahead) forward = next;
    else backward = next;
  }
  return null;
}

export function shortest(walk: Walk, source: string, target: string): string[] | null {
  return bidirectional(walk, source, target);
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

export function* yenPaths(walk: Walk, source: string, target: string): Generator<string[]> {
  const first = shortest(walk, source, target);
  if (!first) return;
  // For each prefix of a found path (as an id), the next nodes found paths went to from it.
  const usedAfter = new Map<string, Set<string>>();
  const remember = (path: readonly string[]) => {
    let prefix = "";
    for (let i = 0; i < path.length - 1; i++) {
      prefix += `${path[i]}\u0000`;
      let used = usedAfter.get(prefix);
      if (!used) usedAfter.set(prefix, (used = new Set()));
      used.add(path[i + 1]!);
    }
  };
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
      const root = previous.slice(0, i);
      prefix += `${previous[i]}\u0000`;
      const rest = bidirectional(walk, previous[i]!, target, new Set(root), usedAfter.get(prefix)!);
      if (!rest) continue;
      const nodes = [...root, ...rest];
      const id = nodes.join("\u0000");
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.add(nodes, id);
    }
  }
}
