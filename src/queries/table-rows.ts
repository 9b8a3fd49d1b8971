// The table view's rows: the nodes in view and the relations among them, sortable. Sorting is
// stable and falls back to the label, so equal keys keep a predictable order; undated rows go
// last whichever way dates are sorted, since "no date" is neither early nor late. A file's own
// attributes (extra: Gephi's columns) are columns too, sorted as numbers when they are numbers;
// a row without the attribute goes last, like an undated one.
import { dateKey, type Extra, KINDS, relationSpec, type DataGraph, type Kind } from "../model";
import { edgeSentence } from "./describe";

export type SortDirection = "ascending" | "descending";

export interface NodeRow {
  key: string;
  label: string;
  kind: Kind;
  start?: string;
  end?: string;
  /** Relations with other nodes in view. */
  degree: number;
  extra?: Extra;
}

export interface EdgeRow {
  key: string;
  source: string;
  sourceLabel: string;
  relation: string;
  target: string;
  targetLabel: string;
  sentence: string;
  start?: string;
}

/** `attribute:<name>` sorts by one of the file's own attributes. */
export type NodeSort = "label" | "kind" | "date" | `attribute:${string}`;

/** At most this many of a file's attributes get a column, so the table stays readable. */
export const ATTRIBUTE_COLUMNS_MAX = 8;

/** The file's own attributes that the node table shows, by name. */
export function attributeColumns(graph: DataGraph): string[] {
  const names = new Set<string>();
  graph.forEachNode((_key, { extra }) => {
    for (const name in extra) names.add(name);
  });
  return [...names].sort((a, b) => a.localeCompare(b)).slice(0, ATTRIBUTE_COLUMNS_MAX);
}
export type EdgeSort = "source" | "relation" | "target" | "date";

const inView = (visible: ReadonlySet<string> | null, key: string) => visible === null || visible.has(key);
const byLabel = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

export function nodeRows(graph: DataGraph, visible: ReadonlySet<string> | null): NodeRow[] {
  const rows: NodeRow[] = [];
  graph.forEachNode((key, a) => {
    if (!inView(visible, key)) return;
    let degree = 0;
    graph.forEachEdge(key, (_e, _a, s, t) => {
      if (inView(visible, s === key ? t : s)) degree += 1;
    });
    rows.push({ key, label: a.label, kind: a.kind, start: a.start, end: a.end, degree, extra: a.extra });
  });
  return rows;
}

export function edgeRows(graph: DataGraph, visible: ReadonlySet<string> | null): EdgeRow[] {
  const rows: EdgeRow[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (!inView(visible, source) || !inView(visible, target)) return;
    rows.push({
      key,
      source,
      sourceLabel: graph.getNodeAttribute(source, "label"),
      relation: relationSpec(a.relation).label,
      target,
      targetLabel: graph.getNodeAttribute(target, "label"),
      sentence: edgeSentence(graph, key),
      start: a.start,
    });
  });
  return rows;
}

function compareDates(a: string | undefined, b: string | undefined, sign: number): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return sign * (dateKey(a) - dateKey(b));
}

function compareValues(a: Extra | undefined, b: Extra | undefined, name: string, sign: number): number {
  const [x, y] = [a, b].map((e) => (e && Object.hasOwn(e, name) ? e[name] : undefined));
  if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
  if (typeof x === "number" && typeof y === "number") return sign * (x - y);
  return sign * String(x).localeCompare(String(y), "en", { numeric: true, sensitivity: "base" });
}

export function sortNodeRows(rows: readonly NodeRow[], by: NodeSort, direction: SortDirection): NodeRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const compare = (a: NodeRow, b: NodeRow): number => {
    if (by === "kind") return sign * (KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
    if (by === "date") return compareDates(a.start ?? a.end, b.start ?? b.end, sign);
    if (by.startsWith("attribute:")) return compareValues(a.extra, b.extra, by.slice("attribute:".length), sign);
    return sign * byLabel(a.label, b.label);
  };
  return [...rows].sort((a, b) => compare(a, b) || byLabel(a.label, b.label) || byLabel(a.key, b.key));
}

export function sortEdgeRows(rows: readonly EdgeRow[], by: EdgeSort, direction: SortDirection): EdgeRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const compare = (a: EdgeRow, b: EdgeRow): number => {
    if (by === "date") return compareDates(a.start, b.start, sign);
    if (by === "relation") return sign * byLabel(a.relation, b.relation);
    if (by === "target") return sign * byLabel(a.targetLabel, b.targetLabel);
    return sign * byLabel(a.sourceLabel, b.sourceLabel);
  };
  return [...rows].sort((a, b) => compare(a, b) || byLabel(a.sentence, b.sentence) || byLabel(a.key, b.key));
}
