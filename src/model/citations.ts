// A citation is only as good as its quote: it must stand, word for word, in the source it names.
import { selectorMatches } from "./quote-selector";
import { normaliseForQuote } from "./text";
import type { Citation, Problem, SourceTexts } from "./types";
import type { SourceList } from "./validate-sources";

/** Characters of a quote's start looked up in a source's index before comparing the rest. */
const GRAM = 32;

/**
 * A normalised source text and where each word's first GRAM characters occur in it. Quotes nearly
 * always start at a word, so most are found by comparing at a few places; any other is looked
 * for in the whole text, so the answer is the same as text.includes(quote).
 */
class SourceIndex {
  private readonly starts = new Map<string, number[]>();
  constructor(readonly text: string) {
    for (let i = 0; i + GRAM <= text.length; i = text.indexOf(" ", i) + 1) {
      const gram = text.slice(i, i + GRAM);
      const list = this.starts.get(gram);
      if (list) list.push(i);
      else this.starts.set(gram, [i]);
      if (text.indexOf(" ", i) === -1) break;
    }
  }
  includes(quote: string): boolean {
    const list = quote.length >= GRAM ? this.starts.get(quote.slice(0, GRAM)) : undefined;
    return list?.some((at) => this.text.startsWith(quote, at)) || this.text.includes(quote);
  }
}

// A quote with none of these is already in normalised form (normaliseForQuote would return it as
// it is): no Markdown markup, typographic quotes or dashes, odd spaces, or runs of white space.
const NEEDS_NORMALISING =
  /[[\]*_#`\u2010-\u2015\u2018-\u201F\u2026\u2032\u2033\u00A0\u00AB\u00BB\u2007\u202F\u2212]|---|[^\S ]| {2}|^ | $/;

const normalisedQuote = (raw: string) => (NEEDS_NORMALISING.test(raw) ? normaliseForQuote(raw) : raw);

interface SourceState {
  listed: boolean;
  /** Listed, with a text to check quotes against. */
  readable: boolean;
  /** Per quote as written: null when found, else the normalised quote. */
  verdicts?: Map<string, string | null>;
}

export class QuoteChecker {
  private readonly indexes = new Map<string, SourceIndex>();
  /** What is known of each cited source, found with one look-up per citation. */
  private readonly about = new Map<string, SourceState>();
  /** The last source asked about: consecutive citations mostly name the same one. */
  private lastSource: string | undefined;
  private lastState: SourceState | undefined;
  /** Every source some citation names, known or not. */
  readonly cited = new Set<string>();

  constructor(
    private readonly texts: SourceTexts,
    /** "unchecked" when the graph's sources list itself is broken: citations are then not judged. */
    private readonly sources: Pick<SourceList, "listed" | "readable"> | "unchecked",
  ) {}

  /** Notes `source` as cited and says what is known of it. */
  private state(source: string): SourceState {
    if (this.lastState !== undefined && this.lastSource === source) return this.lastState;
    let state = this.about.get(source);
    if (state === undefined) {
      this.cited.add(source);
      const list = this.sources === "unchecked" ? undefined : this.sources;
      state = { listed: list?.listed.has(source) ?? false, readable: list?.readable.has(source) ?? false };
      this.about.set(source, state);
    }
    this.lastSource = source;
    this.lastState = state;
    return state;
  }

  private index(source: string): SourceIndex {
    let cached = this.indexes.get(source);
    if (cached === undefined) {
      cached = new SourceIndex(normaliseForQuote(Object.hasOwn(this.texts, source) ? (this.texts[source] ?? "") : ""));
      this.indexes.set(source, cached);
    }
    return cached;
  }

  /** null when found, else the normalised quote ("" if nothing is left of it). Cached: real data cites one sentence many times. */
  private missing(state: SourceState, source: string, raw: string): string | null {
    const verdicts = (state.verdicts ??= new Map());
    let verdict = verdicts.get(raw);
    if (verdict === undefined) {
      const quote = normalisedQuote(raw);
      verdict = quote && this.index(source).includes(quote) ? null : quote;
      verdicts.set(raw, verdict);
    }
    return verdict;
  }

  /** What is wrong with a citation's selector (a found quote's), or null when it picks an occurrence. */
  private selectorProblem(source: string, citation: Citation): { field: string; message: string } | null {
    const { selector } = citation;
    if (!selector) return null;
    if (normaliseForQuote(selector.exact) !== normaliseForQuote(citation.quote))
      return { field: "selector.exact", message: "the selector's exact must be the quote itself" };
    if (selectorMatches(this.index(source).text, selector).length === 0)
      return {
        field: "selector",
        message: `the quote does not stand in source "${source}" between the selector's prefix and suffix`,
      };
    return null;
  }

  /** True exactly when check() would find nothing; notes the cited sources as check() does. */
  allFound(citations: readonly Citation[]): boolean {
    let ok = true;
    for (let i = 0; i < citations.length; i++) {
      const { source, quote } = citations[i] as Citation;
      const state = this.state(source);
      if (this.sources === "unchecked") continue;
      if (!state.listed) ok = false;
      else if (state.readable && this.missing(state, source, quote) !== null) ok = false;
      else if (state.readable && this.selectorProblem(source, citations[i] as Citation)) ok = false;
    }
    return ok;
  }

  check(citations: readonly Citation[], where: string, field = "sources"): Problem[] {
    const problems: Problem[] = [];
    citations.forEach((citation, i) => {
      const at = (sub: string) => `${field}[${i}].${sub}`;
      const state = this.state(citation.source);
      if (this.sources === "unchecked") return;
      if (!state.listed) {
        problems.push({
          where,
          field: at("source"),
          severity: "error",
          message: `unknown source "${citation.source}" (not in the graph's sources list)`,
        });
        return;
      }
      // A listed source without text is reported once, on the graph's sources list.
      if (!state.readable) return;
      const missing = this.missing(state, citation.source, citation.quote);
      if (missing === "") {
        // Markup alone ("**", "[](#)") would otherwise be found in any text.
        problems.push({
          where,
          field: at("quote"),
          severity: "error",
          message: "quote has no words once markup is removed",
        });
      } else if (missing !== null) {
        const shown = missing.length > 80 ? `${missing.slice(0, 77)}...` : missing;
        problems.push({
          where,
          field: at("quote"),
          severity: "error",
          message: `quote not found word for word in source "${citation.source}": "${shown}"`,
        });
      } else {
        const wrong = this.selectorProblem(citation.source, citation);
        if (wrong) problems.push({ where, field: at(wrong.field), severity: "error", message: wrong.message });
      }
    });
    return problems;
  }
}
