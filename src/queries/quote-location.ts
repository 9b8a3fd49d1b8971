// Where a cited quote stands in the raw source text. Quotes are checked against the source's
// normalised form (model/text.ts: Markdown dropped, typography folded, white space collapsed), so to
// highlight one in the text as stored, the same steps are replayed here while every character of
// the result remembers the span of raw text it came from. test/queries/quote-location.test.ts checks
// that the text produced here is exactly normaliseForQuote's, so the two cannot drift apart.
import { normaliseForQuote, type QuoteSelector, selectorMatches } from "../model";

/** Normalised text, and for each of its characters the raw [start, end) it stands for. */
export interface TrackedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** A replacement: numbers are capture groups kept as they were, strings are new text. */
type Part = number | string;

function track(raw: string): TrackedText {
  const starts = Array.from({ length: raw.length }, (_, i) => i);
  return { text: raw, starts, ends: starts.map((i) => i + 1) };
}

function replace(input: TrackedText, pattern: RegExp, parts: readonly Part[]): TrackedText {
  const re = new RegExp(pattern.source, pattern.flags.includes("d") ? pattern.flags : `${pattern.flags}d`);
  const out: TrackedText = { text: "", starts: [], ends: [] };
  const copy = (from: number, to: number) => {
    out.text += input.text.slice(from, to);
    // One at a time: spreading a long slice into push() overflows the stack.
    for (let i = from; i < to; i++) {
      out.starts.push(input.starts[i]!);
      out.ends.push(input.ends[i]!);
    }
  };
  let last = 0;
  for (const match of input.text.matchAll(re)) {
    const at = match.index;
    const end = at + match[0].length;
    copy(last, at);
    // New text stands for the whole match (an ellipsis "…" becomes "..." over the same character).
    const spanStart = input.starts[at] ?? input.ends[at - 1] ?? 0;
    const spanEnd = end > at ? input.ends[end - 1]! : spanStart;
    for (const part of parts) {
      if (typeof part === "number") {
        const range = match.indices?.[part];
        if (range) copy(range[0], range[1]);
      } else {
        out.text += part;
        for (let i = 0; i < part.length; i++) {
          out.starts.push(spanStart);
          out.ends.push(spanEnd);
        }
      }
    }
    last = end;
  }
  copy(last, input.text.length);
  return out;
}

// The steps of readerText, foldTypography and collapseWhitespace, in their order.
const MARKDOWN_LINK = /\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const STEPS: readonly [RegExp, readonly Part[]][] = [
  [MARKDOWN_LINK, [1]],
  [/^\s{0,3}#{1,6}\s+/gm, []],
  [/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, [" "]],
  [/\*\*|__/g, []],
  [/(^|\W)[*_](\S)/g, [1, 2]],
  [/(\S)[*_](?=\W|$)/g, [1]],
  [/[\u2018\u2019\u201A\u201B\u2032]/g, ["'"]],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, ['"']],
  [/[\u2010-\u2015\u2212]/g, ["-"]],
  [/\u2026/g, ["..."]],
  [/[\u00A0\u2007\u202F]/g, [" "]],
  [/\s+/g, [" "]],
  [/^ | $/g, []],
];

/** The source text as quotes are matched against it, with the way back to the raw text. */
export function trackNormalised(raw: string): TrackedText {
  return STEPS.reduce((text, [pattern, parts]) => replace(text, pattern, parts), track(raw));
}

export interface RawSpan {
  start: number;
  end: number;
}

/**
 * The raw span of the place `quote` stands in the text (as the quote check finds it): the one its
 * selector picks, else the first; null when it is not there. Pass a TrackedText to look up many
 * quotes in one source.
 */
export function locateQuote(source: string | TrackedText, quote: string, selector?: QuoteSelector): RawSpan | null {
  const tracked = typeof source === "string" ? trackNormalised(source) : source;
  const wanted = normaliseForQuote(quote);
  if (!wanted) return null;
  const picked = selector ? selectorMatches(tracked.text, selector)[0] : undefined;
  const at = picked ?? tracked.text.indexOf(wanted);
  if (at < 0) return null;
  return { start: tracked.starts[at]!, end: tracked.ends[at + wanted.length - 1]! };
}
