// Search over node labels and aliases, for the search box.
//
// Matching ignores case, accents and punctuation ("davutoglu" finds Davutoğlu, "counter terrorism"
// finds Counter-Terrorism). A node scores by the best of its names:
//   4 exact label or alias · 3 label/alias starts with the query · 2 every query word starts a
//   word of the name · 1 the query appears inside the name.
// Ties go to the better-connected node (degree), then alphabetical label. On equal score the
// label is reported as the match rather than an alias.
//
// The index keeps every node's folded names in one text, so a search is one native indexOf
// scan for the query's longest word (a node can only match if its names contain it); only the
// nodes found there are scored, and only the best `limit` are kept in order.
import { foldForSearch, type DataGraph, type Kind } from "../model";

export interface SearchHit {
  key: string;
  label: string;
  kind: Kind;
  /** The label or alias that matched, as written in the data. */
  matched: string;
  score: number;
}

interface Entry {
  key: string;
  label: string;
  kind: Kind;
  degree: number;
  /** Label first, then the short name and aliases: as written, and folded (words joined by single spaces). */
  names: readonly string[];
  folded: readonly string[];
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
  /** Every entry's folded names, each followed by a newline, entry after entry. */
  readonly text: string;
  /** Where each entry's names start in `text` (one more at the end). */
  readonly starts: Int32Array;
}

const NOT_WORD = /[^\p{L}\p{N}\n]+/gu;

/** Folded names, one per name: one fold for all of a node's names. */
function foldNames(names: readonly string[]): string[] {
  return foldForSearch(names.join("\n"))
    .replace(NOT_WORD, " ")
    .split("\n")
    .map((n) => n.trim());
}

function normalise(text: string): string {
  return foldNames([text.replace(/\n/g, " ")])[0]!;
}

export function buildSearchIndex(graph: DataGraph): SearchIndex {
  const entries: Entry[] = [];
  const parts: string[] = [];
  const starts = new Int32Array(graph.order + 1);
  let offset = 0;
  graph.forEachNode((key, attrs) => {
    // The short name is what the canvas shows, so a reader may type it.
    const names = [attrs.label];
    if (attrs.short && attrs.short !== attrs.label) names.push(attrs.short);
    if (attrs.aliases?.length) names.push(...attrs.aliases);
    const folded = foldNames(names);
    starts[entries.length] = offset;
    entries.push({ key, label: attrs.label, kind: attrs.kind, degree: graph.degree(key), names, folded });
    const part = folded.join("\n") + "\n";
    parts.push(part);
    offset += part.length;
  });
  starts[entries.length] = offset;
  return { entries, text: parts.join(""), starts };
}

/** The entry whose names hold position `at` of the index text. */
function entryAt(starts: Int32Array, count: number, at: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function scoreName(folded: string, query: string, wordStarts: readonly string[], words: readonly string[]): number {
  if (!folded) return 0;
  if (folded === query) return 4;
  if (folded.startsWith(query)) return 3;
  if (words.every((w, i) => folded.startsWith(w) || folded.includes(wordStarts[i]!))) return 2;
  if (folded.includes(query)) return 1;
  return 0;
}

type Ranked = SearchHit & { degree: number };
// The same order as label.localeCompare(other) with no locale given, without its per-call set-up.
const collator = new Intl.Collator();
const rank = (a: Pick<Ranked, "score" | "degree" | "label">, b: Ranked) =>
  b.score - a.score || b.degree - a.degree || collator.compare(a.label, b.label);

export function searchNodes(index: SearchIndex, text: string, limit = 10): SearchHit[] {
  const query = normalise(text);
  if (!query || limit <= 0) return [];
  const words = query.split(" ");
  const wordStarts = words.map((w) => ` ${w}`);
  const probe = words.reduce((a, b) => (b.length > a.length ? b : a));
  const { entries, starts } = index;
  const top: Ranked[] = [];
  for (let at = index.text.indexOf(probe); at !== -1;) {
    const i = entryAt(starts, entries.length, at);
    const entry = entries[i]!;
    let best = 0;
    let matched = "";
    entry.folded.forEach((folded, n) => {
      const score = scoreName(folded, query, wordStarts, words);
      if (score > best) [best, matched] = [score, entry.names[n]!];
    });
    // Keep the best `limit` in order; on a full tie the earlier node stays first (a stable sort).
    if (
      best > 0 &&
      (top.length < limit || rank({ score: best, degree: entry.degree, label: entry.label }, top.at(-1)!) < 0)
    ) {
      const hit = { key: entry.key, label: entry.label, kind: entry.kind, matched, score: best, degree: entry.degree };
      let j = top.length;
      while (j > 0 && rank(hit, top[j - 1]!) < 0) j--;
      top.splice(j, 0, hit);
      if (top.length > limit) top.pop();
    }
    at = index.text.indexOf(probe, starts[i + 1]!);
  }
  return top.map(({ degree: _degree, ...hit }) => hit);
}
