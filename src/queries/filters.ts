// Which nodes the filters of a view leave visible, and counts for the legend and filter panel.
// The rule is written once here; the canvas, the status line, the legend and kind counts, the
// table, connections and the "current view" export all read visibleNodes().
//
// The story filters (organisations, themes, years, undated) each keep a set of nodes:
// - orgs: the union of the organisations' footprints (footprint.ts).
// - themes: the chosen themes and every node directly linked to one of them (what addresses,
//   works on, presents or highlights it). The wider neighbourhood is not pulled in; combine with
//   the organisation filter for that.
// - from/to: a dated node is kept when its [start, end] span overlaps [from, to] (coarse dates
//   cover their whole year or month; an open end is unbounded). An undated node (a theme, an
//   organisation, a person) is kept by a year range only when something dated that the story
//   filters keep — so something in the range — is linked to it.
// - undated: false drops nodes without a date, with or without a range; true keeps them.
// Of their intersection, a node is shown only when it is linked to something else in it: nothing
// floats alone on the canvas, linked to nothing on screen.
// - kinds: then only nodes of those kinds are shown (an empty list shows nothing). A kind is a
//   choice of what to look at, not part of the story: unticking documents does not drop the
//   themes that only documents address, and a kind's count is what ticking it would show.
// With no story filter active nothing is dropped for being alone (the graph as it is).
import { dateCeil, dateFloor, KINDS, parseIsoDate, type DataGraph, type Kind, type NodeAttributes } from "../model";
import { cachedFootprint } from "./footprint";
import { perGraphCache } from "./per-graph";

/**
 * The filter fields of a view. Same shape as Pick<ViewState, …> (queries/ may not import state/),
 * so a ViewState can be passed as it is.
 */
export interface FilterState {
  orgs: readonly string[];
  kinds: readonly Kind[] | null;
  themes: readonly string[];
  from: string | null;
  to: string | null;
  undated: boolean;
}

export function hasActiveFilters(filters: FilterState): boolean {
  return (
    filters.orgs.length > 0 ||
    filters.kinds !== null ||
    filters.themes.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    !filters.undated
  );
}

/** [first day, last day] a node covers as yyyymmdd numbers, or undefined when it has no usable date. */
export function nodeSpan(attrs: NodeAttributes): [number, number] | undefined {
  const start = attrs.start ? parseIsoDate(attrs.start) : undefined;
  const end = attrs.end ? parseIsoDate(attrs.end) : undefined;
  const first = start ?? end;
  if (!first) return undefined;
  return [dateFloor(first), dateCeil(end ?? first)];
}

function themeReach(graph: DataGraph, themes: readonly string[]): Set<string> {
  const kept = new Set<string>();
  for (const theme of themes) {
    if (!graph.hasNode(theme) || graph.getNodeAttribute(theme, "kind") !== "theme") {
      throw new Error(`filters: unknown theme "${theme}"`);
    }
    kept.add(theme);
    graph.forEachNeighbor(theme, (n) => kept.add(n));
  }
  return kept;
}

function hasStoryFilters(filters: FilterState): boolean {
  return (
    filters.orgs.length > 0 ||
    filters.themes.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    !filters.undated
  );
}

/**
 * The graph's nodes in order and its links as pairs of positions in that order (self-loops left
 * out), built once per graph: the linked-to-something-kept rules then walk two typed arrays
 * instead of each node's adjacency (graphology's neighbour walk costs ~7× the rest of the filter
 * on 10k nodes).
 */
interface LinkIndex {
  keys: string[];
  attrs: NodeAttributes[];
  /** source, target, source, target… as positions in `keys`. */
  ends: Int32Array;
}

const rememberLinks = perGraphCache(1);

function linkIndex(graph: DataGraph): LinkIndex {
  return rememberLinks(graph, "links", () => {
    const keys: string[] = [];
    const attrs: NodeAttributes[] = [];
    const at = new Map<string, number>();
    graph.forEachNode((key, a) => {
      at.set(key, keys.length);
      keys.push(key);
      attrs.push(a);
    });
    const ends = new Int32Array(graph.size * 2);
    let n = 0;
    graph.forEachEdge((_edge, _a, source, target) => {
      if (source === target) return;
      ends[n++] = at.get(source)!;
      ends[n++] = at.get(target)!;
    });
    return { keys, attrs, ends: ends.subarray(0, n) };
  });
}

const KEPT = 1;
/** Kept and dated (in the range, then). */
const DATED = 2;
/** Kept, undated, and linked to something kept and dated. */
const REACHED = 4;
/** Kept and linked to something else kept. */
const LINKED = 8;

/** The visible node keys, or null when no filter is active (everything visible). */
export function visibleNodes(graph: DataGraph, filters: FilterState): Set<string> | null {
  if (!hasActiveFilters(filters)) return null;
  const kinds = filters.kinds ? new Set<Kind>(filters.kinds) : null;
  const visible = new Set<string>();
  if (!hasStoryFilters(filters)) {
    graph.forEachNode((key, attrs) => {
      if (kinds!.has(attrs.kind)) visible.add(key);
    });
    return visible;
  }
  const orgs = filters.orgs.length ? cachedFootprint(graph, filters.orgs) : null;
  const themes = filters.themes.length ? themeReach(graph, filters.themes) : null;
  const from = filters.from ? parseIsoDate(filters.from) : undefined;
  const to = filters.to ? parseIsoDate(filters.to) : undefined;
  const ranged = filters.from !== null || filters.to !== null;
  const low = from ? dateFloor(from) : Number.NEGATIVE_INFINITY;
  const high = to ? dateCeil(to) : Number.POSITIVE_INFINITY;
  const { keys, attrs, ends } = linkIndex(graph);
  // What each story filter keeps, intersected.
  const flags = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (orgs && !orgs.has(key)) continue;
    if (themes && !themes.has(key)) continue;
    const span = nodeSpan(attrs[i]!);
    if (!span) {
      if (filters.undated) flags[i] = KEPT;
    } else if (span[1] >= low && span[0] <= high) flags[i] = KEPT | DATED;
  }
  // Under a year range an undated node needs something dated, and kept, linked to it.
  if (ranged) {
    for (let e = 0; e < ends.length; e += 2) {
      const s = ends[e]!;
      const t = ends[e + 1]!;
      if (flags[s]! & DATED && (flags[t]! & (KEPT | DATED)) === KEPT) flags[t]! |= REACHED;
      else if (flags[t]! & DATED && (flags[s]! & (KEPT | DATED)) === KEPT) flags[s]! |= REACHED;
    }
    for (let i = 0; i < keys.length; i++) if ((flags[i]! & (KEPT | DATED | REACHED)) === KEPT) flags[i] = 0;
  }
  // Of those, only what is linked to something else kept. Dropping the others leaves every kept
  // node's kept links as they were, so one pass is enough.
  for (let e = 0; e < ends.length; e += 2) {
    const s = ends[e]!;
    const t = ends[e + 1]!;
    if (flags[s]! & KEPT && flags[t]! & KEPT) {
      flags[s]! |= LINKED;
      flags[t]! |= LINKED;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    if (!(flags[i]! & LINKED)) continue;
    if (kinds && !kinds.has(attrs[i]!.kind)) continue;
    visible.add(keys[i]!);
  }
  return visible;
}

export function countByKind(graph: DataGraph, keys?: Set<string> | null): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  graph.forEachNode((key, attrs) => {
    if (!keys || keys.has(key)) counts[attrs.kind] += 1;
  });
  return counts;
}

/** Earliest and latest year any dated node covers; the current year twice when nothing is dated. */
export function yearBounds(graph: DataGraph): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_, attrs) => {
    const span = nodeSpan(attrs);
    if (!span) return;
    min = Math.min(min, Math.floor(span[0] / 10000));
    max = Math.max(max, Math.floor(span[1] / 10000));
  });
  if (min > max) {
    const year = new Date().getUTCFullYear();
    return [year, year];
  }
  return [min, max];
}
