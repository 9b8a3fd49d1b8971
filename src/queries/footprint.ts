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

const remember = perGraphCache(16);

/**
 * footprint() shared per graph and set of organisations (order and repeats do not matter): the
 * same set object while it stays among the last 16 asked for. Read it; never change it.
 */
export function cachedFootprint(graph: DataGraph, orgKeys: readonly string[]): ReadonlySet<string> {
  const key = JSON.stringify([...new Set(orgKeys)].sort());
  return remember(graph, key, () => footprint(graph, orgKeys));
}
