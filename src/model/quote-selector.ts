// A W3C Web Annotation TextQuoteSelector on a citation: the quote with a little of the text before
// and after it, so the passage is found again when the same words stand in the source twice.
// Matched against the source as quotes are (normaliseForQuote): markup dropped, typography folded,
// white space collapsed; the prefix and suffix may be cut mid-word.
import { normaliseForQuote } from "./text";

export interface QuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where, in the normalised source text, the selector's exact stands with its prefix and suffix. */
export function selectorMatches(normalisedText: string, selector: QuoteSelector): number[] {
  const exact = normaliseForQuote(selector.exact);
  if (!exact) return [];
  const prefix = normaliseForQuote(selector.prefix ?? "");
  const suffix = normaliseForQuote(selector.suffix ?? "");
  const found: number[] = [];
  for (let at = normalisedText.indexOf(exact); at >= 0; at = normalisedText.indexOf(exact, at + 1)) {
    const before = normalisedText.slice(0, at).trimEnd();
    const after = normalisedText.slice(at + exact.length).trimStart();
    if (before.endsWith(prefix) && after.startsWith(suffix)) found.push(at);
  }
  return found;
}

/** How many characters of context a new selector keeps on each side. */
export const SELECTOR_CONTEXT = 32;

/**
 * The selector for the occurrence of `exact` at `at` in the normalised text: as much context as
 * needed (up to SELECTOR_CONTEXT characters each side) to tell it from the others.
 */
export function selectorAt(normalisedText: string, exact: string, at: number): QuoteSelector {
  const prefix = normalisedText.slice(Math.max(0, at - SELECTOR_CONTEXT), at);
  const suffix = normalisedText.slice(at + exact.length, at + exact.length + SELECTOR_CONTEXT);
  return { type: "TextQuoteSelector", exact, prefix, suffix };
}
