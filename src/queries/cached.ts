// The panel and the canvas both show the open lineage or connection, the time layout and the
// player's steps; they ask for the same result at about the same time, so answers are kept per
// graph and shared (the last few for lineage and paths, whose arguments vary most). Footprints
// are kept the same way next to their query (the filters ask for them, and paths import the
// filters), and listed here too.
import type { DataGraph } from "../model";
import type { FilterState } from "./filters";
import { lineage, type Lineage } from "./lineage";
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

const timelines = new WeakMap<DataGraph, Map<string, Timeline>>();

/** The time layout for the chosen organisations' lanes (kind lanes when none), with the view's spacing. */
export function cachedTimeLayout(graph: DataGraph, orgs: readonly string[], options: TimelineOptions = {}): Timeline {
  let byOrgs = timelines.get(graph);
  if (!byOrgs) timelines.set(graph, (byOrgs = new Map()));
  const key = JSON.stringify([orgs, options]);
  let timeline = byOrgs.get(key);
  if (!timeline) byOrgs.set(key, (timeline = timeLayout(graph, { ...options, orgs })));
  return timeline;
}

const plays = new WeakMap<DataGraph, PlayStep[]>();

export function cachedPlaySteps(graph: DataGraph): PlayStep[] {
  let steps = plays.get(graph);
  if (!steps) plays.set(graph, (steps = playSteps(graph)));
  return steps;
}

const indexes = new WeakMap<DataGraph, SearchIndex>();

/** One search index per graph, shared by the search box and every node picker. */
export function cachedSearchIndex(graph: DataGraph): SearchIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = buildSearchIndex(graph)));
  return index;
}
