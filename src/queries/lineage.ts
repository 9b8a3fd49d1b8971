// The lineage of a document: the documents it came from (ancestors) and the documents that came
// from it (descendants), following lineage relations (isLineage: derived from, builds on, addendum
// to, implements), which point from the later document to the earlier one.
//
// Steps are ordered earliest first and never before a document they came from; among documents
// free to go next, the earlier date wins. An undated document is ordered by the earliest event it
// went through, else it goes after the dated documents free at that point; either way it is listed
// in `undated` and explained in `problems`. Branches stay a DAG: each step names its parents and
// children and gets a lane (a column that a branch keeps; a new branch opens a new one).
// Relations that form a cycle are reported in `cycles`; their documents still appear, last.
import {
  dateKey,
  findLineageCycle,
  isLineage,
  readRelation,
  type Citation,
  type DataGraph,
  type Relation,
} from "../model";
import { carriers, documentEvents, stepEvents, type LineageCarrier, type LineageEvent } from "./lineage-context";

export type { LineageCarrier, LineageEvent } from "./lineage-context";

export interface LineageStep {
  key: string;
  label: string;
  start?: string;
  end?: string;
  /** 0 for the traced document, -n for an ancestor n steps back, +n for a descendant. */
  generation: number;
  /** Earlier documents (in this lineage) it came from, and later ones that came from it. */
  parents: string[];
  children: string[];
  lane: number;
  /** The date it is ordered by when it has none of its own (its earliest event's date). */
  orderedBy?: string;
  inCycle: boolean;
  events: LineageEvent[];
  carriers: LineageCarrier[];
}

export interface LineageRelation {
  edge: string;
  relation: Relation;
  /** Read from the later document: "Rome Memorandum was derived from …". */
  sentence: string;
  sources: readonly Citation[];
  start?: string;
}

export interface LineageLink {
  /** The earlier document and the later one that came from it. */
  from: string;
  to: string;
  relations: LineageRelation[];
  /** Where the step happened, and who carried it there. */
  events: LineageEvent[];
  carriers: LineageCarrier[];
}

export interface Lineage {
  root: string;
  steps: LineageStep[];
  links: LineageLink[];
  ancestors: string[];
  descendants: string[];
  undated: string[];
  /** Each cycle as document keys, first repeated last, in the direction the relations point. */
  cycles: string[][];
  /** Plain sentences for the reader about undated documents and cycles. */
  problems: string[];
}

function lineageEdges(graph: DataGraph, node: string, direction: "out" | "in"): string[] {
  const edges = direction === "out" ? graph.outEdges(node) : graph.inEdges(node);
  return edges.filter((e) => isLineage(graph.getEdgeAttribute(e, "relation")));
}

/** Breadth-first along lineage edges: key → number of steps away. */
function reach(graph: DataGraph, root: string, direction: "out" | "in"): Map<string, number> {
  const distance = new Map<string, number>([[root, 0]]);
  const queue = [root];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const edge of lineageEdges(graph, node, direction)) {
      const next = graph.opposite(node, edge);
      if (distance.has(next)) continue;
      distance.set(next, distance.get(node)! + 1);
      queue.push(next);
    }
  }
  distance.delete(root);
  return distance;
}

/** Each document of the lineage and its generation: 0 the root, -n an ancestor, +n a descendant. */
function generations(
  graph: DataGraph,
  root: string,
): { generation: Map<string, number>; up: Set<string>; down: Set<string> } {
  const up = reach(graph, root, "out");
  const down = reach(graph, root, "in");
  const generation = new Map<string, number>([[root, 0]]);
  for (const [k, d] of up) generation.set(k, -d);
  for (const [k, d] of down) if (!generation.has(k)) generation.set(k, d);
  return { generation, up: new Set(up.keys()), down: new Set(down.keys()) };
}

/** The links among `members`, earlier → later, one per pair of documents, with every relation between them. */
function linksAmong(
  graph: DataGraph,
  members: ReadonlySet<string>,
  eventsOf: (doc: string) => LineageEvent[],
): LineageLink[] {
  const actors = new Map<string, LineageCarrier[]>();
  const links = new Map<string, LineageLink>();
  for (const later of members) {
    for (const edge of lineageEdges(graph, later, "out")) {
      const earlier = graph.target(edge);
      if (!members.has(earlier)) continue;
      const id = `${earlier}\u0000${later}`;
      let link = links.get(id);
      if (!link) {
        const stepping = stepEvents(graph, earlier, later, eventsOf);
        link = {
          from: earlier,
          to: later,
          relations: [],
          events: stepping,
          carriers: carriers(graph, later, stepping, actors),
        };
        links.set(id, link);
      }
      const attrs = graph.getEdgeAttributes(edge);
      link.relations.push({
        edge,
        relation: attrs.relation,
        sentence: readRelation(
          attrs.relation,
          graph.getNodeAttribute(later, "label"),
          graph.getNodeAttribute(earlier, "label"),
        ),
        sources: attrs.sources,
        ...(attrs.start ? { start: attrs.start } : {}),
      });
    }
  }
  return [...links.values()];
}

interface Ordering {
  /** Earliest first, never before a parent; documents in a cycle last. */
  order: string[];
  /** The date an undated document is ordered by (its earliest event's). */
  orderedBy: Map<string, string>;
  cycles: string[][];
}

/** Kahn's algorithm, taking the earliest ready document each time; what a cycle holds back goes last. */
function orderSteps(
  graph: DataGraph,
  members: ReadonlySet<string>,
  parents: ReadonlyMap<string, string[]>,
  children: ReadonlyMap<string, string[]>,
  eventsOf: (doc: string) => LineageEvent[],
): Ordering {
  const orderedBy = new Map<string, string>();
  for (const k of members) {
    const start = graph.getNodeAttribute(k, "start");
    const first = eventsOf(k).find((e) => e.start)?.start;
    if (!start && first) orderedBy.set(k, first);
  }
  const sortKeys = new Map(
    [...members].map((k) => [k, dateKey(graph.getNodeAttribute(k, "start") ?? orderedBy.get(k))]),
  );
  const byDate = (a: string, b: string) =>
    sortKeys.get(a)! - sortKeys.get(b)! ||
    graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label"));

  const waiting = new Map([...members].map((k) => [k, parents.get(k)!.length]));
  const ready = [...members].filter((k) => waiting.get(k) === 0);
  const order: string[] = [];
  while (ready.length) {
    ready.sort(byDate);
    const next = ready.shift()!;
    order.push(next);
    for (const child of children.get(next)!) {
      waiting.set(child, waiting.get(child)! - 1);
      if (waiting.get(child) === 0) ready.push(child);
    }
  }
  const placed = new Set(order);
  const stuck = [...members].filter((k) => !placed.has(k)).sort(byDate);
  const cycles = findCycles(graph, new Set(stuck));
  order.push(...stuck);
  return { order, orderedBy, cycles };
}

export function lineage(graph: DataGraph, documentKey: string): Lineage {
  if (!graph.hasNode(documentKey) || graph.getNodeAttribute(documentKey, "kind") !== "document") {
    throw new Error(`lineage: unknown document "${documentKey}"`);
  }
  const { generation, up, down } = generations(graph, documentKey);
  const members = new Set(generation.keys());

  // Each member's events are read once and shared by its step and the links it takes part in.
  const events = new Map<string, LineageEvent[]>();
  const eventsOf = (doc: string) => {
    let found = events.get(doc);
    if (!found) events.set(doc, (found = documentEvents(graph, doc)));
    return found;
  };

  const links = linksAmong(graph, members, eventsOf);
  const parents = new Map<string, string[]>([...members].map((k) => [k, []]));
  const children = new Map<string, string[]>([...members].map((k) => [k, []]));
  for (const link of links) {
    parents.get(link.to)!.push(link.from);
    children.get(link.from)!.push(link.to);
  }
  const { order, orderedBy, cycles } = orderSteps(graph, members, parents, children, eventsOf);
  const inCycle = new Set(cycles.flat());

  const position = new Map(order.map((k, i) => [k, i]));
  const at = (k: string) => position.get(k)!;
  for (const list of [...parents.values(), ...children.values()]) list.sort((a, b) => at(a) - at(b));
  const lanes = assignLanes(order, parents);
  const steps = order.map((key): LineageStep => {
    const a = graph.getNodeAttributes(key);
    return {
      key,
      label: a.label,
      ...(a.start ? { start: a.start } : {}),
      ...(a.end ? { end: a.end } : {}),
      generation: generation.get(key)!,
      parents: parents.get(key)!,
      children: children.get(key)!,
      lane: lanes.get(key)!,
      ...(orderedBy.has(key) ? { orderedBy: orderedBy.get(key)! } : {}),
      inCycle: inCycle.has(key),
      events: eventsOf(key),
      carriers: carriers(graph, key, []),
    };
  });
  const undated = order.filter((k) => !graph.getNodeAttribute(k, "start"));
  const label = (k: string) => `"${graph.getNodeAttribute(k, "label")}"`;
  const problems = [
    ...undated.map((k) =>
      orderedBy.has(k)
        ? `${label(k)} has no date; it is placed by its earliest event (${orderedBy.get(k)}).`
        : `${label(k)} has no date; it is placed after the documents it came from.`,
    ),
    ...cycles.map(
      (c) => `Lineage relations form a cycle (${c.map(label).join(" → ")}): a document cannot descend from itself.`,
    ),
  ];
  return {
    root: documentKey,
    steps,
    links: links.sort((a, b) => at(a.to) - at(b.to) || at(a.from) - at(b.from)),
    ancestors: order.filter((k) => up.has(k)),
    descendants: order.filter((k) => down.has(k) && !up.has(k)),
    undated,
    cycles,
    problems,
  };
}

/** A branch keeps its parent's lane; a new branch (or a second root) opens a new lane. */
function assignLanes(order: readonly string[], parents: ReadonlyMap<string, string[]>): Map<string, number> {
  const lane = new Map<string, number>();
  const last: string[] = [];
  for (const key of order) {
    const mine = parents.get(key)!;
    let chosen = mine.map((p) => lane.get(p)!).find((l) => l !== undefined && mine.includes(last[l]!));
    if (chosen === undefined) chosen = last.length;
    lane.set(key, chosen);
    last[chosen] = key;
  }
  return lane;
}

/** Cycles among `nodes` along lineage edges, each reported once. */
function findCycles(graph: DataGraph, nodes: ReadonlySet<string>): string[][] {
  const cycles: string[][] = [];
  const covered = new Set<string>();
  for (const start of nodes) {
    if (covered.has(start)) continue;
    const cycle = findLineageCycle(graph, { roots: [start], among: nodes });
    if (!cycle) continue;
    if (cycle.some((k) => covered.has(k))) continue;
    cycle.forEach((k) => covered.add(k));
    cycles.push(cycle);
  }
  return cycles;
}
