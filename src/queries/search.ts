// Search over node labels and aliases, for the search box.
//
// Matching ignores case, accents and punctuation ("davutoglu" finds Davutoğlu, "counter terrorism"
// finds Counter-Terrorism). A node scores by the best of its names:
//   4 exact label or alias · 3 label/alias starts with the query · 2 every query word starts a
//   word of the name · 1 the query appears inside the name.
// Ties go to the better-connected node (degree), then alphabetical label. On equal score the
// label is reported as the match rather than an alias.
import { foldForSearch, type DataGraph, type Kind } from "../model";

export interface SearchHit {
  key: string;
  label: string;
  kind: Kind;
  /** The label or alias that matched, as written in the data. */
  matched: string;
  score: number;
}

interface Name {
  text: string;
  folded: string;
  words: string[];
}

interface Entry {
  key: string;
  label: string;
  kind: Kind;
  degree: number;
  names: Name[];
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
}

function normalise(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function name(text: string): Name {
  const folded = normalise(text);
  return { text, folded, words: folded.split(" ").filter(Boolean) };
}

export function buildSearchIndex(graph: DataGraph): SearchIndex {
  const entries: Entry[] = graph.mapNodes((key, attrs) => ({
    key,
    label: attrs.label,
    kind: attrs.kind,
    degree: graph.degree(key),
    names: [attrs.label, ...(attrs.aliases ?? [])].map(name),
  }));
  return { entries };
}

function scoreName(target: Name, query: string, queryWords: readonly string[]): number {
  if (!target.folded) return 0;
  if (target.folded === query) return 4;
  if (target.folded.startsWith(query)) return 3;
  if (queryWords.every((q) => target.words.some((w) => w.startsWith(q)))) return 2;
  if (target.folded.includes(query)) return 1;
  return 0;
}

export function searchNodes(index: SearchIndex, text: string, limit = 10): SearchHit[] {
  const query = normalise(text);
  if (!query || limit <= 0) return [];
  const queryWords = query.split(" ");
  const hits: (SearchHit & { degree: number })[] = [];
  for (const entry of index.entries) {
    let best = 0;
    let matched = "";
    for (const n of entry.names) {
      const score = scoreName(n, query, queryWords);
      if (score > best) [best, matched] = [score, n.text];
    }
    if (best > 0) {
      hits.push({ key: entry.key, label: entry.label, kind: entry.kind, matched, score: best, degree: entry.degree });
    }
  }
  hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map(({ degree: _degree, ...hit }) => hit);
}
