// The panel and the canvas both show the open lineage or connection, the time layout, the
// player's steps and a partition's colours; they ask for the same result at about the same time, so answers are kept per
// graph and shared (the last few for lineage and paths, whose arguments vary most). Footprints
// are kept the same way next to their query (the filters ask for them, and paths import the
// filters), and listed here too.
import type { DataGraph } from "../model";
import type { FilterState } from "./filters";
import { lineage, type Lineage } from "./lineage";
import { type Partition, partitionBy } from "./partition";
import { connections, type Connections } from "./paths";
import { perGraphCache } from "./per-graph";
import { playSteps, type PlayStep } from "./playback";
import { buildSearchIndex, type SearchIndex } from "./search";
import { timeLayout, type Timeline, type TimelineOptions } from "./timeline";

export { cachedFootprint } from "./footprint";

const remember = perGraphCache(8);

export function cachedLineage(graph: DataGraph, doc: string): Lineage {
  return remember(graph, JSON.stringify(["lineage", doc]), () => lineage(graph, doc));
}

export function cachedConnections(
  graph: DataGraph,
  source: string,
  target: string,
  options: { k: number; timely: boolean; filters: FilterState },
): Connections {
  const { orgs, kinds, themes, from, to, undated } = options.filters;
  const key = JSON.stringify([
    "path",
    source,
    target,
    options.k,
    options.timely,
    orgs,
    kinds,
    themes,
    from,
    to,
    undated,
  ]);
  return remember(graph, key, () => connections(graph, source, target, options));
}

/** How many paths the connections panel lists (the shortest and two alternatives); the canvas shows the same. */
export const CONNECTION_PATHS = 3;

const layouts = perGraphCache(8);

/** The time layout for the chosen organisations' lanes (kind lanes when none), with the view's spacing. */
export function cachedTimeLayout(graph: DataGraph, orgs: readonly string[], options: TimelineOptions = {}): Timeline {
  return layouts(graph, JSON.stringify([orgs, options]), () => timeLayout(graph, { ...options, orgs }));
}

// One answer each per graph: two keys, so nothing is ever dropped while the graph lives.
const perGraph = perGraphCache(2);

export function cachedPlaySteps(graph: DataGraph): PlayStep[] {
  return perGraph(graph, "play", () => playSteps(graph));
}

/** One search index per graph, shared by the search box and every node picker. */
export function cachedSearchIndex(graph: DataGraph): SearchIndex {
  return perGraph(graph, "search", () => buildSearchIndex(graph));
}

export function cachedPartition(graph: DataGraph, attribute: string): Partition {
  return remember(graph, JSON.stringify(["partition", attribute]), () => partitionBy(graph, attribute));
}
