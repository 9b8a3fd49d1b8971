// The footprint of one or more organisations: what the organisation filter keeps.
//
// For each organisation: the organisation itself, every node directly linked to it (either
// direction: events it hosted, documents it issued, people affiliated with it, bodies it belongs
// to), and — for the events it took part in (hosted, convened, organised, co-organised, co-hosted,
// partner-in, participated-in, attended, chaired, co-chaired, met at) — the documents, themes and people linked to those events.
// Several organisations give the union of their footprints.
//
// The filters ask for the chosen organisations' footprint on every change of any filter (kinds,
// dates…); cachedFootprint keeps the last few per graph, keyed by the set of organisations.
import type { DataGraph, Kind, Relation } from "../model";
import { perGraphCache } from "./per-graph";

const TOOK_PART: ReadonlySet<Relation> = new Set<Relation>([
  "hosted",
  "convened",
  "organised",
  "co-organised",
  "co-hosted",
  "partner-in",
  "participated-in",
  "attended",
  "chaired",
  "co-chaired",
  "met-at",
]);

const REACHED_THROUGH_EVENTS: ReadonlySet<Kind> = new Set<Kind>(["document", "theme", "person"]);

export function footprint(graph: DataGraph, orgKeys: readonly string[]): Set<string> {
  for (const key of orgKeys) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, "kind") !== "organisation") {
      throw new Error(`footprint: unknown organisation "${key}"`);
    }
  }
  const result = new Set<string>();
  for (const org of orgKeys) {
    result.add(org);
    graph.forEachNeighbor(org, (neighbour) => result.add(neighbour));
    graph.forEachOutEdge(org, (_, attrs, _source, event) => {
      if (!TOOK_PART.has(attrs.relation)) return;
      graph.forEachNeighbor(event, (other, otherAttrs) => {
        if (REACHED_THROUGH_EVENTS.has(otherAttrs.kind)) result.add(other);
      });
    });
  }
  return result;
}

const rememberSizes = perGraphCache(1);

/**
 * footprint(graph, [org]).size of every organisation at once, as the organisation filter lists
 * them: the graph's adjacency is read once into typed arrays and each footprint is counted with a
 * stamp per node instead of a Set, so 7,000 organisations of a 50k-node graph take tens of
 * milliseconds instead of seconds of the page's main thread.
 */
export function footprintSizes(graph: DataGraph): ReadonlyMap<string, number> {
  return rememberSizes(graph, "sizes", () => {
    const keys = graph.nodes();
    const at = new Map<string, number>();
    keys.forEach((key, i) => at.set(key, i));
    const reached = Uint8Array.from(keys, (key) =>
      REACHED_THROUGH_EVENTS.has(graph.getNodeAttribute(key, "kind")) ? 1 : 0,
    );
    // Neighbours (either direction) and events taken part in, as offsets into flat lists.
    const degree = new Int32Array(keys.length + 1);
    const tookPart = new Int32Array(keys.length + 1);
    graph.forEachEdge((_edge, attrs, source, target) => {
      degree[at.get(source)! + 1]!++;
      degree[at.get(target)! + 1]!++;
      if (TOOK_PART.has(attrs.relation)) tookPart[at.get(source)! + 1]!++;
    });
    for (let i = 0; i < keys.length; i++) {
      degree[i + 1]! += degree[i]!;
      tookPart[i + 1]! += tookPart[i]!;
    }
    const neighbours = new Int32Array(degree[keys.length]!);
    const events = new Int32Array(tookPart[keys.length]!);
    const nextN = degree.slice(0, keys.length);
    const nextE = tookPart.slice(0, keys.length);
    graph.forEachEdge((_edge, attrs, source, target) => {
      const s = at.get(source)!;
      const t = at.get(target)!;
      neighbours[nextN[s]!++] = t;
      neighbours[nextN[t]!++] = s;
      if (TOOK_PART.has(attrs.relation)) events[nextE[s]!++] = t;
    });
    const stamp = new Int32Array(keys.length);
    const sizes = new Map<string, number>();
    keys.forEach((key, org) => {
      if (graph.getNodeAttribute(key, "kind") !== "organisation") return;
      const mark = org + 1;
      let size = 0;
      const add = (node: number) => {
        if (stamp[node] === mark) return;
        stamp[node] = mark;
        size++;
      };
      add(org);
      for (let i = degree[org]!; i < degree[org + 1]!; i++) add(neighbours[i]!);
      for (let e = tookPart[org]!; e < tookPart[org + 1]!; e++) {
        const event = events[e]!;
        for (let i = degree[event]!; i < degree[event + 1]!; i++) if (reached[neighbours[i]!]) add(neighbours[i]!);
      }
      sizes.set(key, size);
    });
    return sizes;
  });
}

const remember = perGraphCache(16);

/**
 * footprint() shared per graph and set of organisations (order and repeats do not matter): the
 * same set object while it stays among the last 16 asked for. Read it; never change it.
 */
export function cachedFootprint(graph: DataGraph, orgKeys: readonly string[]): ReadonlySet<string> {
  const key = JSON.stringify([...new Set(orgKeys)].sort());
  return remember(graph, key, () => footprint(graph, orgKeys));
}
