// What the source reader shows: the passages of one source that the graph cites, each with the
// facts (nodes and edges) it supports, and the text cut into blocks and runs to render them.
// A quote cited by several facts is one passage; passages that overlap split the text into runs
// that belong to every passage covering them.
import { normaliseForQuote, type Citation, type DataGraph } from "../model";
import { edgeSentence } from "./describe";
import { locateQuote, trackNormalised } from "./quote-location";

export type Fact =
  | { type: "node"; key: string; label: string }
  | { type: "edge"; key: string; source: string; target: string; sentence: string };

export interface Passage {
  /** Index in the passage list, in text order. */
  id: number;
  start: number;
  end: number;
  /** The quote as the check compares it (normalised), to find the passage of a citation. */
  quote: string;
  facts: Fact[];
}

export interface SourcePassages {
  passages: Passage[];
  /** Citations of this source whose quote was not found in the text (unverified imports). */
  unplaced: { fact: Fact; quote: string }[];
}

function citesOf(sources: readonly Citation[], id: string): Citation[] {
  return sources.filter((c) => c.source === id);
}

export function sourcePassages(graph: DataGraph, sourceId: string, raw: string): SourcePassages {
  const tracked = trackNormalised(raw);
  const byQuote = new Map<string, Omit<Passage, "id">>();
  const unplaced: SourcePassages["unplaced"] = [];
  const add = (fact: Fact, citations: Citation[]) => {
    for (const { quote, selector } of citations) {
      const norm = normaliseForQuote(quote);
      // One passage per place in the text: a selector may pick another occurrence of the same words.
      const span = locateQuote(tracked, quote, selector);
      if (!span) {
        unplaced.push({ fact, quote });
        continue;
      }
      const place = `${span.start}:${span.end}`;
      let passage = byQuote.get(place);
      if (!passage) {
        passage = { ...span, quote: norm, facts: [] };
        byQuote.set(place, passage);
      }
      if (!passage.facts.some((f) => f.type === fact.type && f.key === fact.key)) passage.facts.push(fact);
    }
  };
  graph.forEachNode((key, attrs) => add({ type: "node", key, label: attrs.label }, citesOf(attrs.sources, sourceId)));
  graph.forEachEdge((key, attrs, source, target) =>
    add({ type: "edge", key, source, target, sentence: edgeSentence(graph, key) }, citesOf(attrs.sources, sourceId)),
  );
  const passages = [...byQuote.values()]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((p, id) => ({ id, ...p }));
  return { passages, unplaced };
}

/**
 * Node keys a passage stands behind (its nodes, and both ends of its edges), the node most of its
 * facts are about first: that is the one choosing the passage selects.
 */
export function factNodes(facts: readonly Fact[]): string[] {
  const count = new Map<string, number>();
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const fact of facts) {
    if (fact.type === "node") bump(fact.key);
    else [fact.source, fact.target].forEach(bump);
  }
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

export interface Run {
  start: number;
  end: number;
  /** Ids of the passages covering this run (empty: plain text). */
  passages: number[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * Markup a reader need not see: a link's brackets and address (its text stays), and emphasis
 * marks (** and __). Found on the raw text, so they cut runs like passage boundaries do.
 */
export function markupSpans(raw: string): Span[] {
  const spans: Span[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g)) {
    spans.push({ start: m.index, end: m.index + 1 });
    spans.push({ start: m.index + 1 + m[1]!.length, end: m.index + m[0].length });
  }
  for (const m of raw.matchAll(/\*\*|__/g)) spans.push({ start: m.index, end: m.index + 2 });
  return spans.sort((a, b) => a.start - b.start);
}

/** Cuts [start, end) of the text at every passage boundary, leaving out the hidden spans. */
export function runs(passages: readonly Passage[], start: number, end: number, hidden: readonly Span[] = []): Run[] {
  const cuts = new Set([start, end]);
  for (const p of [...passages, ...hidden]) {
    if (p.start > start && p.start < end) cuts.add(p.start);
    if (p.end > start && p.end < end) cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (hidden.some((h) => h.start <= a && h.end >= b)) continue;
    out.push({ start: a, end: b, passages: passages.filter((p) => p.start <= a && p.end >= b).map((p) => p.id) });
  }
  return out;
}

export interface Block {
  kind: "paragraph" | "heading" | "rule";
  /** Raw span shown (a heading's leading #s are left out). */
  start: number;
  end: number;
}

/** Paragraphs (separated by blank lines), Markdown headings and rules, as raw spans. */
export function blocks(raw: string): Block[] {
  const out: Block[] = [];
  const push = (from: number, to: number) => {
    const text = raw.slice(from, to);
    const start = from + (text.length - text.trimStart().length);
    const end = to - (text.length - text.trimEnd().length);
    if (start >= end) return;
    const body = raw.slice(start, end);
    if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(body)) out.push({ kind: "rule", start, end });
    else {
      const heading = /^#{1,6}\s+/.exec(body);
      out.push(
        heading ? { kind: "heading", start: start + heading[0].length, end } : { kind: "paragraph", start, end },
      );
    }
  };
  let last = 0;
  for (const gap of raw.matchAll(/\n[ \t]*(?:\n[ \t]*)+/g)) {
    push(last, gap.index);
    last = gap.index + gap[0].length;
  }
  push(last, raw.length);
  return out;
}
