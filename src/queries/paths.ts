// How two nodes are connected: the shortest chains of relations between them and a few
// alternatives (Yen's k shortest simple paths, paths-yen.ts), direction ignored, each hop written
// as its sentence with its citations.
//
// Time-respecting paths (option `timely`): walking from source to target, each dated node or
// dated relation is no earlier than the ones before (a coarse date counts as the span it covers),
// so "how did this organisation's work reach that guidance" is answered forwards in time.
// When there is no path, `noPath` says why: an end is hidden by the filters, the filters hide a
// node on every path (and which filter does it), the two are in different components, or every
// path goes back in time.
import {
  dateCeil,
  dateFloor,
  parseIsoDate,
  readRelation,
  RELATION_IDS,
  type Citation,
  type DataGraph,
  type Relation,
} from "../model";
import { hasActiveFilters, nodeSpan, visibleNodes, type FilterState } from "./filters";
import { shortest, walkOf, yenPaths } from "./paths-yen";

export interface Hop {
  from: string;
  to: string;
  edge: string;
  relation: Relation;
  /** True when the relation reads from `from` to `to`. */
  forward: boolean;
  sentence: string;
  sources: readonly Citation[];
  start?: string;
}

export interface Path {
  nodes: string[];
  hops: Hop[];
}

export type NoPathReason = "hidden-endpoint" | "filtered" | "disconnected" | "untimely";
export type FilterName = "organisations" | "kinds" | "themes" | "dates";

export interface NoPath {
  reason: NoPathReason;
  message: string;
  /** Nodes the filters hide: the hidden ends, or the hidden nodes on the shortest unfiltered path. */
  hidden: string[];
  /** Filters that on their own leave no path (reason "filtered"). */
  blocking: FilterName[];
  /** The shortest path ignoring time (reason "untimely"). */
  shortest?: Path;
}

export interface Connections {
  source: string;
  target: string;
  paths: Path[];
  noPath: NoPath | null;
}

export interface PathOptions {
  /** How many paths at most (default 3). */
  k?: number;
  timely?: boolean;
  /** The view's filters: paths stay within the visible nodes. */
  filters?: FilterState | null;
}

/** Timely mode looks this far down the list of shortest paths for time-respecting ones. */
const MAX_CANDIDATES = 200;

function hopsOf(graph: DataGraph, nodes: readonly string[]): Hop[] {
  return nodes.slice(1).map((to, i) => {
    const from = nodes[i]!;
    const edges = [...graph.edges(from, to), ...graph.edges(to, from)];
    edges.sort(
      (a, b) =>
        RELATION_IDS.indexOf(graph.getEdgeAttribute(a, "relation")) -
        RELATION_IDS.indexOf(graph.getEdgeAttribute(b, "relation")),
    );
    const edge = edges[0]!;
    const attrs = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    return {
      from,
      to,
      edge,
      relation: attrs.relation,
      forward: s === from,
      sentence: readRelation(attrs.relation, graph.getNodeAttribute(s, "label"), graph.getNodeAttribute(t, "label")),
      sources: attrs.sources,
      ...(attrs.start ? { start: attrs.start } : {}),
    };
  });
}

const toPath = (graph: DataGraph, nodes: string[]): Path => ({ nodes, hops: hopsOf(graph, nodes) });

/** Each dated node and dated relation along the path is no earlier than those before it. */
export function isTimeRespecting(graph: DataGraph, path: Path): boolean {
  let latestStart = Number.NEGATIVE_INFINITY;
  const step = (span: [number, number] | undefined) => {
    if (!span) return true;
    if (span[1] < latestStart) return false;
    latestStart = Math.max(latestStart, span[0]);
    return true;
  };
  const edgeSpan = (hop: Hop): [number, number] | undefined => {
    const d = hop.start ? parseIsoDate(hop.start) : undefined;
    return d ? [dateFloor(d), dateCeil(d)] : undefined;
  };
  if (!step(nodeSpan(graph.getNodeAttributes(path.nodes[0]!)))) return false;
  return path.hops.every((hop) => step(edgeSpan(hop)) && step(nodeSpan(graph.getNodeAttributes(hop.to))));
}

/** The k shortest simple paths within `visible` (all nodes when null), shortest first. */
export function kShortestPaths(
  graph: DataGraph,
  source: string,
  target: string,
  k = 3,
  visible: ReadonlySet<string> | null = null,
): Path[] {
  check(graph, source, target);
  const paths: Path[] = [];
  if (k <= 0) return paths;
  for (const nodes of yenPaths(walkOf(graph, visible), source, target)) {
    paths.push(toPath(graph, nodes));
    if (paths.length >= k) break;
  }
  return paths;
}

function check(graph: DataGraph, source: string, target: string): void {
  for (const key of [source, target]) if (!graph.hasNode(key)) throw new Error(`paths: unknown node "${key}"`);
  if (source === target) throw new Error(`paths: source and target are the same node "${source}"`);
}

const FILTER_PARTS: Record<FilterName, (f: FilterState) => Partial<FilterState> | null> = {
  organisations: (f) => (f.orgs.length ? { orgs: f.orgs } : null),
  kinds: (f) => (f.kinds ? { kinds: f.kinds } : null),
  themes: (f) => (f.themes.length ? { themes: f.themes } : null),
  dates: (f) => (f.from || f.to || !f.undated ? { from: f.from, to: f.to, undated: f.undated } : null),
};
const NO_FILTERS: FilterState = { orgs: [], kinds: null, themes: [], from: null, to: null, undated: true };

export function connections(graph: DataGraph, source: string, target: string, options: PathOptions = {}): Connections {
  check(graph, source, target);
  const { k = 3, timely = false, filters = null } = options;
  const label = (key: string) => `"${graph.getNodeAttribute(key, "label")}"`;
  const both = `${label(source)} and ${label(target)}`;
  const result = (
    paths: Path[],
    noPath: (Omit<NoPath, "hidden" | "blocking"> & Partial<NoPath>) | null,
  ): Connections => ({
    source,
    target,
    paths,
    noPath: noPath && { hidden: [], blocking: [], ...noPath },
  });

  const visible = filters && hasActiveFilters(filters) ? visibleNodes(graph, filters) : null;
  const hiddenEnds = visible ? [source, target].filter((key) => !visible.has(key)) : [];
  if (hiddenEnds.length) {
    return result([], {
      reason: "hidden-endpoint",
      hidden: hiddenEnds,
      message: `${hiddenEnds.map(label).join(" and ")} ${hiddenEnds.length > 1 ? "are" : "is"} hidden by the current filters; clear them to see how ${both} are connected.`,
    });
  }
  const whole = walkOf(graph);
  const unfiltered = shortest(whole, source, target);
  if (!unfiltered) {
    return result([], {
      reason: "disconnected",
      message: `${both} are not connected: no chain of relations joins them in this dataset, so a link between them is missing from the data.`,
    });
  }
  const simple = visible ? walkOf(graph, visible) : whole;
  if (visible && !shortest(simple, source, target)) {
    const hidden = unfiltered.filter((key) => !visible.has(key));
    const blocking = (Object.keys(FILTER_PARTS) as FilterName[]).filter((name) => {
      const part = FILTER_PARTS[name](filters!);
      if (!part) return false;
      const alone = visibleNodes(graph, { ...NO_FILTERS, ...part });
      return !shortest(walkOf(graph, alone), source, target);
    });
    const which = blocking.length
      ? `the ${blocking.join(" and the ")} filter${blocking.length > 1 ? "s" : ""}`
      : "the filters together";
    return result([], {
      reason: "filtered",
      hidden,
      blocking,
      message: `The current filters hide every connection between ${both}: the shortest goes through ${hidden.map(label).join(", ")}, hidden by ${which}.`,
    });
  }
  const paths: Path[] = [];
  let tried = 0;
  for (const nodes of yenPaths(simple, source, target)) {
    const path = toPath(graph, nodes);
    tried += 1;
    if (!timely || isTimeRespecting(graph, path)) paths.push(path);
    if (paths.length >= k || tried >= (timely ? MAX_CANDIDATES : k)) break;
  }
  if (!paths.length) {
    return result([], {
      reason: "untimely",
      shortest: toPath(graph, shortest(simple, source, target)!),
      message: `Every connection between ${both} goes back in time at some step (checked the ${tried} shortest); turn off "Only time-respecting paths" to see them.`,
    });
  }
  return result(paths, null);
}
