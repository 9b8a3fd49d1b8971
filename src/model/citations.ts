// A citation is only as good as its quote: it must stand, word for word, in the source it names.
import { normaliseForQuote } from "./text";
import type { Citation, Problem, SourceTexts } from "./types";
import type { SourceList } from "./validate-sources";

export class QuoteChecker {
  private readonly normalised = new Map<string, string>();
  /** Every source some citation names, known or not. */
  readonly cited = new Set<string>();

  constructor(
    private readonly texts: SourceTexts,
    private readonly sources: Pick<SourceList, "listed" | "readable">,
  ) {}

  private text(source: string): string {
    let cached = this.normalised.get(source);
    if (cached === undefined) {
      cached = normaliseForQuote(this.texts[source] ?? "");
      this.normalised.set(source, cached);
    }
    return cached;
  }

  check(citations: readonly Citation[], where: string, field = "sources"): Problem[] {
    const problems: Problem[] = [];
    citations.forEach((citation, i) => {
      const at = (sub: string) => `${field}[${i}].${sub}`;
      this.cited.add(citation.source);
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
      const quote = normaliseForQuote(citation.quote);
      if (!quote) {
        // Markup alone ("**", "[](#)") would otherwise be found in any text.
        problems.push({
          where,
          field: at("quote"),
          severity: "error",
          message: "quote has no words once markup is removed",
        });
        return;
      }
      if (!this.text(citation.source).includes(quote)) {
        const shown = quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
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
