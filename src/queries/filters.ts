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

/** The visible node keys, or null when no filter is active (everything visible). */
export function visibleNodes(graph: DataGraph, filters: FilterState): Set<string> | null {
  if (!hasActiveFilters(filters)) return null;
  const kinds = filters.kinds ? new Set<Kind>(filters.kinds) : null;
  if (!hasStoryFilters(filters)) {
    const visible = new Set<string>();
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
  // What each story filter keeps, intersected; the dated ones apart, for the undated rule.
  const kept = new Set<string>();
  const dated = new Set<string>();
  const undatedKept: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (orgs && !orgs.has(key)) return;
    if (themes && !themes.has(key)) return;
    const span = nodeSpan(attrs);
    if (!span) {
      if (!filters.undated) return;
      undatedKept.push(key);
    } else if (span[1] < low || span[0] > high) return;
    else dated.add(key);
    kept.add(key);
  });
  // Under a year range an undated node needs something dated, and kept, linked to it.
  if (ranged) {
    for (const key of undatedKept) {
      if (!graph.someNeighbor(key, (other) => other !== key && dated.has(other))) kept.delete(key);
    }
  }
  // Dropping a node linked to nothing kept leaves every other node's kept links as they were,
  // so one pass is enough.
  const visible = new Set<string>();
  for (const key of kept) {
    if (kinds && !kinds.has(graph.getNodeAttribute(key, "kind"))) continue;
    if (graph.someNeighbor(key, (other) => other !== key && kept.has(other))) visible.add(key);
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
