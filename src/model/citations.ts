// A citation is only as good as its quote: it must stand, word for word, in the source it names.
import { normaliseForQuote } from "./text";
import type { Citation, Problem, SourceTexts } from "./types";
import type { SourceList } from "./validate-sources";

export class QuoteChecker {
  private readonly normalised = new Map<string, string>();
  private readonly verdicts = new Map<string, string | null>();
  /** Every source some citation names, known or not. */
  readonly cited = new Set<string>();

  constructor(
    private readonly texts: SourceTexts,
    /** "unchecked" when the graph's sources list itself is broken: citations are then not judged. */
    private readonly sources: Pick<SourceList, "listed" | "readable"> | "unchecked",
  ) {}

  private text(source: string): string {
    let cached = this.normalised.get(source);
    if (cached === undefined) {
      cached = normaliseForQuote(this.texts[source] ?? "");
      this.normalised.set(source, cached);
    }
    return cached;
  }

  /** null when found, else the normalised quote ("" if nothing is left of it). Cached: real data cites one sentence many times. */
  private missing(source: string, raw: string): string | null {
    const id = `${source}\u0000${raw}`;
    let verdict = this.verdicts.get(id);
    if (verdict === undefined) {
      const quote = normaliseForQuote(raw);
      verdict = quote && this.text(source).includes(quote) ? null : quote;
      this.verdicts.set(id, verdict);
    }
    return verdict;
  }

  check(citations: readonly Citation[], where: string, field = "sources"): Problem[] {
    const problems: Problem[] = [];
    citations.forEach((citation, i) => {
      const at = (sub: string) => `${field}[${i}].${sub}`;
      this.cited.add(citation.source);
      if (this.sources === "unchecked") return;
      if (!this.sources.listed.has(citation.source)) {
        problems.push({
          where,
          field: at("source"),
          severity: "error",
          message: `unknown source "${citation.source}" (not in the graph's sources list)`,
        });
        return;
      }
      // A listed source without text is reported once, on the graph's sources list.
      if (!this.sources.readable.has(citation.source)) return;
      const missing = this.missing(citation.source, citation.quote);
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
      }
    });
    return problems;
  }
}
