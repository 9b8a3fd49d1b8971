// The context of a lineage step: the events a document went through (where it was considered,
// discussed, produced, adopted, informed or taken forward) and the people and organisations who
// carried it — directly (prepared, issued, presented, highlighted) or as actors of those events.
import {
  dateCeil,
  dateFloor,
  dateKey,
  parseIsoDate,
  readRelation,
  type Citation,
  type DataGraph,
  type Relation,
} from "../model";

export interface LineageEvent {
  event: string;
  label: string;
  /** How the document met the event: "considered-at", "produced-at", "informed" … */
  relation: Relation;
  /** The document the event is linked to (the earlier or the later one of a step). */
  document: string;
  start?: string;
  end?: string;
  edge: string;
  sentence: string;
  sources: readonly Citation[];
}

export interface LineageCarrier {
  key: string;
  label: string;
  kind: "person" | "organisation";
  relation: Relation;
  /** The event through which they carried it; absent when they acted on the document directly. */
  via?: string;
  edge: string;
  sentence: string;
  sources: readonly Citation[];
}

const DOC_AT_EVENT: ReadonlySet<Relation> = new Set<Relation>([
  "considered-at",
  "discussed-at",
  "produced-at",
  "adopted-at",
  "due-for-adoption-at",
  "produced-after",
  "summarises",
]);
const EVENT_ON_DOC: ReadonlySet<Relation> = new Set<Relation>(["informed", "took-forward", "set-out-to-build-on"]);
/** Relations by which an event brings a later document about. */
const MAKES: ReadonlySet<Relation> = new Set<Relation>(["produced-at", "adopted-at", "informed", "summarises"]);
const DIRECT: ReadonlySet<Relation> = new Set<Relation>([
  "prepared",
  "issued",
  "adopted",
  "launched",
  "tasked-with",
  "attributed",
  "presented",
  "highlighted",
]);
const ACTS_AT: ReadonlySet<Relation> = new Set<Relation>([
  "hosted",
  "co-hosted",
  "convened",
  "organised",
  "co-organised",
  "partner-in",
  "participated-in",
  "attended",
  "spoke-at",
  "keynote-at",
  "chaired",
  "co-chaired",
  "met-at",
]);

/** Events linked to a document, by date then label. */
export function documentEvents(graph: DataGraph, doc: string): LineageEvent[] {
  const events: LineageEvent[] = [];
  graph.forEachEdge(doc, (edge, attrs, source, target) => {
    const event = source === doc ? target : source;
    const linked = source === doc ? DOC_AT_EVENT.has(attrs.relation) : EVENT_ON_DOC.has(attrs.relation);
    if (!linked) return;
    const e = graph.getNodeAttributes(event);
    events.push({
      event,
      label: e.label,
      relation: attrs.relation,
      document: doc,
      ...(e.start ? { start: e.start } : {}),
      ...(e.end ? { end: e.end } : {}),
      edge,
      sentence: readRelation(
        attrs.relation,
        graph.getNodeAttribute(source, "label"),
        graph.getNodeAttribute(target, "label"),
      ),
      sources: attrs.sources,
    });
  });
  return events.sort((a, b) => dateKey(a.start) - dateKey(b.start) || a.label.localeCompare(b.label));
}

/**
 * Where an undated document is placed in time: the start of its earliest dated event, as the
 * lineage orders it. The time layout and the player use it too, so the three views agree.
 */
export function earliestEventDate(graph: DataGraph, doc: string): string | undefined {
  return documentEvents(graph, doc).find((e) => e.start)?.start;
}

function within(date: string | undefined, low: string | undefined, high: string | undefined): boolean {
  const d = date ? parseIsoDate(date) : undefined;
  if (!d) return true;
  const lo = low ? parseIsoDate(low) : undefined;
  const hi = high ? parseIsoDate(high) : undefined;
  return (!lo || dateCeil(d) >= dateFloor(lo)) && (!hi || dateFloor(d) <= dateCeil(hi));
}

/**
 * Where the step from `earlier` to `later` happened: events where the earlier document was worked
 * on (considered, discussed, taken forward — not those that made it) between the two documents'
 * dates, and the events that produced, adopted or informed the later one.
 */
export function stepEvents(
  graph: DataGraph,
  earlier: string,
  later: string,
  /** A document's events (documentEvents; a caller asking for many steps passes a memo). */
  eventsOf: (doc: string) => readonly LineageEvent[] = (doc) => documentEvents(graph, doc),
): LineageEvent[] {
  const low = graph.getNodeAttribute(earlier, "start");
  const high = graph.getNodeAttribute(later, "start");
  const found = [
    ...eventsOf(earlier).filter((e) => !MAKES.has(e.relation) && within(e.start, low, high)),
    ...eventsOf(later).filter((e) => MAKES.has(e.relation)),
  ];
  const seen = new Set<string>();
  return found
    .filter((e) => !seen.has(e.event) && seen.add(e.event))
    .sort((a, b) => dateKey(a.start) - dateKey(b.start) || a.label.localeCompare(b.label));
}

/** People and organisations acting on `doc` directly, then the actors of `events`, without repeats. */
export function carriers(
  graph: DataGraph,
  doc: string,
  events: readonly LineageEvent[],
  /** Actors of each event, kept by a caller asking about many steps (events recur between them). */
  memo = new Map<string, LineageCarrier[]>(),
): LineageCarrier[] {
  const found: LineageCarrier[] = [];
  const seen = new Set<string>();
  const add = (carrier: LineageCarrier) => {
    if (seen.has(carrier.key)) return;
    seen.add(carrier.key);
    found.push(carrier);
  };
  for (const carrier of actors(graph, doc, DIRECT)) add(carrier);
  for (const e of events) {
    let at = memo.get(e.event);
    if (!at) memo.set(e.event, (at = actors(graph, e.event, ACTS_AT, e.event)));
    for (const carrier of at) add(carrier);
  }
  return found;
}

/** The people and organisations linked into `node` by one of `relations`, in edge order. */
function actors(graph: DataGraph, node: string, relations: ReadonlySet<Relation>, via?: string): LineageCarrier[] {
  const found: LineageCarrier[] = [];
  graph.forEachInEdge(node, (edge, attrs, actor, _target, a, t) => {
    if (!relations.has(attrs.relation) || (a.kind !== "person" && a.kind !== "organisation")) return;
    found.push({
      key: actor,
      label: a.label,
      kind: a.kind,
      relation: attrs.relation,
      ...(via ? { via } : {}),
      edge,
      sentence: readRelation(attrs.relation, a.label, t.label),
      sources: attrs.sources,
    });
  });
  return found;
}
