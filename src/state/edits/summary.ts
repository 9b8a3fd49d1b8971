// What a draft changed since its base: nodes, relations, citations and sources added, changed and
// removed, for the summary shown before saving.
import type { Citation } from "../../model";
import type { Draft } from "./draft";

export interface Tally {
  added: number;
  changed: number;
  removed: number;
}

export interface ChangeSummary {
  nodes: Tally;
  relations: Tally;
  citations: Tally;
  sources: Tally;
}

const zero = (): Tally => ({ added: 0, changed: 0, removed: 0 });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function citationTally(tally: Tally, before: readonly Citation[], after: readonly Citation[]): void {
  const shared = Math.min(before.length, after.length);
  for (let i = 0; i < shared; i++) if (!same(before[i], after[i])) tally.changed++;
  tally.added += Math.max(0, after.length - before.length);
  tally.removed += Math.max(0, before.length - after.length);
}

function compare<T extends { sources: readonly Citation[] }>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  items: Tally,
  citations: Tally,
): void {
  for (const [key, was] of before) {
    const now = after.get(key);
    if (!now) {
      items.removed++;
      citations.removed += was.sources.length;
      continue;
    }
    const { sources: a, ...restBefore } = was;
    const { sources: b, ...restAfter } = now;
    if (!same(restBefore, restAfter)) items.changed++;
    citationTally(citations, a, b);
  }
  for (const [key, now] of after)
    if (!before.has(key)) {
      items.added++;
      citations.added += now.sources.length;
    }
}

export function summarise(base: Draft, current: Draft): ChangeSummary {
  const summary: ChangeSummary = { nodes: zero(), relations: zero(), citations: zero(), sources: zero() };
  const nodes = (d: Draft) => new Map(d.nodes.map((n) => [n.key, n.attributes]));
  const edges = (d: Draft) => new Map(d.edges.map((e) => [e.key, { ...e.attributes, from: e.source, to: e.target }]));
  compare(nodes(base), nodes(current), summary.nodes, summary.citations);
  compare(edges(base), edges(current), summary.relations, summary.citations);
  const sources = (d: Draft) => new Map(d.sources.map((s) => [s.ref.id, s]));
  const [was, now] = [sources(base), sources(current)];
  for (const [id, s] of was) {
    const n = now.get(id);
    if (!n) summary.sources.removed++;
    else if (!same(s, n)) summary.sources.changed++;
  }
  for (const id of now.keys()) if (!was.has(id)) summary.sources.added++;
  return summary;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 nodes added, 1 changed" … one line per kind of thing that changed. */
export function summaryLines(summary: ChangeSummary): string[] {
  const names: [keyof ChangeSummary, string, string][] = [
    ["nodes", "node", "nodes"],
    ["relations", "relation", "relations"],
    ["citations", "citation", "citations"],
    ["sources", "source", "sources"],
  ];
  return names.flatMap(([k, one, many]) => {
    const t = summary[k];
    const parts = [
      t.added && `${t.added} added`,
      t.changed && `${t.changed} changed`,
      t.removed && `${t.removed} removed`,
    ].filter(Boolean);
    return parts.length ? [`${plural(t.added + t.changed + t.removed, one, many)}: ${parts.join(", ")}`] : [];
  });
}
