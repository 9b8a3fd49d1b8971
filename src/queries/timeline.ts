// Time layout: positions that put the story in date order, left to right, in horizontal lanes.
//
// x comes from the node's start date (yearFraction: a year sits mid-year, a month mid-month), so x
// never decreases as dates increase. An undated document sits at its earliest event, as the lineage
// places it (the legal-frameworks addendum at the Turin meeting), so the two views agree. Any other
// undated node stands beside its first dated neighbour (the earliest x among them: it is on the
// scene from then on, as the player shows), then beside the first of its neighbours placed that
// way, and so on; nodes with no dated node anywhere near sit in a
// column left of the first year and are listed in `unplaced`. Lanes are by kind (legend order) or,
// given organisations, one per organisation's footprint (a node in several goes to the first
// listed) plus a last lane for the rest. Within a lane, nodes that would overlap stack in rows.
import { KIND_LABELS, KINDS, yearFraction, type DataGraph } from "../model";
import { footprint } from "./footprint";
import { earliestEventDate } from "./lineage-context";

export interface TimelineOptions {
  /** Lanes by organisation footprint when organisations are given, else by kind. */
  orgs?: readonly string[];
  /** Width of one year (default 100). */
  yearWidth?: number;
  /** Height of one row within a lane (default 12), and the gap between lanes (default 24). */
  rowHeight?: number;
  laneGap?: number;
}

export interface TimelineTick {
  year: number;
  x: number;
  label: string;
}

export interface TimelineLane {
  key: string;
  label: string;
  /** Top edge and height; y grows with the lane index (a view may flip it). */
  y: number;
  height: number;
}

export interface Timeline {
  positions: Map<string, { x: number; y: number }>;
  ticks: TimelineTick[];
  lanes: TimelineLane[];
  /** Undated nodes placed by their neighbours' dates. */
  undated: string[];
  /** Undated nodes with no dated node in reach, placed left of the axis. */
  unplaced: string[];
}

/** Fractional year for each node: its own date, else its earliest neighbour's, rippling outwards. */
function nodeYears(graph: DataGraph): { years: Map<string, number>; undated: string[]; unplaced: string[] } {
  const years = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const date = a.start ?? a.end;
    const year = date ? yearFraction(date) : undefined;
    if (year !== undefined) years.set(key, year);
  });
  const undated: string[] = [];
  graph.forEachNode((key, a) => {
    if (years.has(key) || a.kind !== "document") return;
    const first = earliestEventDate(graph, key);
    const year = first ? yearFraction(first) : undefined;
    if (year === undefined) return;
    years.set(key, year);
    undated.push(key);
  });
  let pending = graph.filterNodes((key) => !years.has(key));
  for (;;) {
    const placed = new Map<string, number>();
    for (const key of pending) {
      const around = graph.neighbors(key).flatMap((n) => (years.has(n) ? [years.get(n)!] : []));
      if (around.length) placed.set(key, Math.min(...around));
    }
    if (!placed.size) break;
    for (const [key, year] of placed) years.set(key, year);
    undated.push(...placed.keys());
    pending = pending.filter((key) => !placed.has(key));
  }
  return { years, undated, unplaced: pending };
}

export function timeLayout(graph: DataGraph, options: TimelineOptions = {}): Timeline {
  const { orgs = [], yearWidth = 100, rowHeight = 12, laneGap = 24 } = options;
  for (const org of orgs) {
    if (!graph.hasNode(org) || graph.getNodeAttribute(org, "kind") !== "organisation") {
      throw new Error(`timeline: unknown organisation "${org}"`);
    }
  }
  const { years, undated, unplaced } = nodeYears(graph);
  const known = [...years.values()];
  const first = known.length ? Math.floor(Math.min(...known)) : new Date().getUTCFullYear();
  const last = known.length ? Math.floor(Math.max(...known)) + 1 : first + 1;
  const xOf = (year: number) => (year - first) * yearWidth;

  const laneDefs: { key: string; label: string; members: (key: string) => boolean }[] = [];
  if (orgs.length) {
    const prints = orgs.map((org) => footprint(graph, [org]));
    const laneOf = (key: string) => prints.findIndex((p) => p.has(key));
    orgs.forEach((org, i) =>
      laneDefs.push({ key: org, label: graph.getNodeAttribute(org, "label"), members: (k) => laneOf(k) === i }),
    );
    laneDefs.push({ key: "other", label: "Other", members: (k) => laneOf(k) === -1 });
  } else {
    // The generic kind of imported files gets a lane only when the graph has such nodes.
    const present = new Set(graph.mapNodes((_, a) => a.kind));
    for (const kind of KINDS.filter((k) => k !== "other" || present.has(k))) {
      laneDefs.push({
        key: kind,
        label: KIND_LABELS[kind].many,
        members: (k) => graph.getNodeAttribute(k, "kind") === kind,
      });
    }
  }

  const positions = new Map<string, { x: number; y: number }>();
  const lanes: TimelineLane[] = [];
  const minGap = yearWidth / 12;
  let top = 0;
  for (const lane of laneDefs) {
    const members = graph
      .filterNodes((key) => lane.members(key))
      .map((key) => ({ key, x: years.has(key) ? xOf(years.get(key)!) : -yearWidth / 2 }))
      .sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : 1));
    const rowEnds: number[] = [];
    for (const { key, x } of members) {
      let row = rowEnds.findIndex((end) => x - end >= minGap);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = x;
      positions.set(key, { x, y: top + row * rowHeight });
    }
    const height = Math.max(rowEnds.length, 1) * rowHeight;
    lanes.push({ key: lane.key, label: lane.label, y: top, height });
    top += height + laneGap;
  }

  const ticks: TimelineTick[] = [];
  for (let year = first; year <= last; year++) ticks.push({ year, x: xOf(year), label: String(year) });
  return { positions, ticks, lanes, undated, unplaced };
}
