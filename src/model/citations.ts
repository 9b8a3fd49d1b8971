// A citation is only as good as its quote: it must stand, word for word, in the source it names.
import { normaliseForQuote } from "./text";
import type { Citation, Problem, SourceTexts } from "./types";

export class QuoteChecker {
  private readonly normalised = new Map<string, string>();

  constructor(
    private readonly texts: SourceTexts,
    private readonly listed: ReadonlySet<string>,
  ) {}

  private text(source: string): string | undefined {
    let cached = this.normalised.get(source);
    if (cached === undefined && Object.hasOwn(this.texts, source)) {
      cached = normaliseForQuote(this.texts[source] ?? "");
      this.normalised.set(source, cached);
    }
    return cached;
  }

  check(citations: readonly Citation[], where: string, field = "sources"): Problem[] {
    const problems: Problem[] = [];
    citations.forEach((citation, i) => {
      const at = (sub: string) => `${field}[${i}].${sub}`;
      if (!this.listed.has(citation.source)) {
        problems.push({
          where,
          field: at("source"),
          severity: "error",
          message: `unknown source "${citation.source}" (not in the graph's sources list)`,
        });
        return;
      }
      const text = this.text(citation.source);
      if (text === undefined) {
        problems.push({
          where,
          field: at("source"),
          severity: "error",
          message: `source "${citation.source}" has no text to check the quote against`,
        });
        return;
      }
      const quote = normaliseForQuote(citation.quote);
      if (!text.includes(quote)) {
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
