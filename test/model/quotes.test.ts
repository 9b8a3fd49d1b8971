// A quote must stand word for word in its source "as a reader sees it": these are the differences
// between a quote and its source that must not matter, and a few that must.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadDataset, normaliseForQuote } from "../../src/model";
import { QuoteChecker } from "../../src/model/citations";
import { checkSourceList } from "../../src/model/validate-sources";
import { errorsOf, fixtureTexts, validDataset } from "./fixture";

const texts = fixtureTexts("valid");

/** The valid fixture with the first node's quote replaced. */
function withQuote(quote: string, source = "seed") {
  const data = validDataset();
  data.nodes[0].attributes.sources = [{ source, quote }];
  return errorsOf(loadDataset(data, texts));
}

describe("quote matching", () => {
  it.each([
    ["straight quotes for the source's curly ones", 'conference titled "Rehabilitation and Reintegration of'],
    ["curly quotes where the source has them", "conference titled “Rehabilitation and Reintegration of"],
    ["a quote that runs across a Markdown link", "The session considered a good practices document prepared by ICCT"],
    ["a quote across a link inside curly quotes", 'a GCTF product (the "Rome Memorandum"), which was formally adopted'],
    ["text that was emphasised in the source", "convened to discuss the ICCT/UNICRI good practices document"],
    ["a line break in the source", "Reintegration of Violent Extremist Offenders: Good Practices"],
    ["extra spaces and a line break in the quote", "ICCT  and\n UNICRI   hosted"],
    ["a heading's words without its markup", "Conference: Good Practices & Lessons Learned"],
    ["a quote copied with the source's Markdown link in it", "considered a [good practices document](#) prepared"],
  ])("accepts %s", (_, quote) => {
    expect(withQuote(quote)).toEqual([]);
  });

  it("accepts a plain hyphen for the source's en dash, and an em dash too", () => {
    expect(withQuote("delegations from 15 countries - as well as", "minutes")).toEqual([]);
    expect(withQuote("delegations from 15 countries — as well as", "minutes")).toEqual([]);
  });

  it.each([
    ["a changed word", "seed", "ICCT and UNICRI organised the international conference"],
    ["a word left out", "seed", "ICCT and hosted the international conference"],
    ["right words, wrong source", "minutes", "ICCT and UNICRI hosted"],
  ])("rejects %s", (_, source, quote) => {
    const errors = withQuote(quote, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ where: 'node "icct"', field: "sources[0].quote" });
    expect(errors[0].message).toContain(`in source "${source}"`);
  });

  it("reports the same missing quote at every place that cites it", () => {
    const data = validDataset();
    for (const i of [0, 1]) data.nodes[i].attributes.sources = [{ source: "seed", quote: "found" }];
    const errors = errorsOf(loadDataset(data, texts));
    expect(errors.map((e) => [e.where, e.field])).toEqual([
      ['node "icct"', "sources[0].quote"],
      ['node "unicri"', "sources[0].quote"],
    ]);
  });

  it("rejects a quote that is only markup, which would otherwise match any text", () => {
    const errors = withQuote("**");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: "sources[0].quote",
      message: "quote has no words once markup is removed",
    });
  });

  it("shortens a long missing quote in the message", () => {
    const long = "words that are not in the source at all ".repeat(5).trim();
    const [error] = withQuote(long);
    expect(error.message).toContain("...");
    expect(error.message.length).toBeLessThan(long.length + 60);
  });

  it("normalises both sides the same way", () => {
    expect(normaliseForQuote("the “[Rome Memorandum](#)”")).toBe('the "Rome Memorandum"');
    expect(normaliseForQuote("**bold** and _emphasis_\n\nnext  para")).toBe("bold and emphasis next para");
    expect(normaliseForQuote("15 countries – as well\u00a0as")).toBe("15 countries - as well as");
    expect(normaliseForQuote("in [Rome](https://en.wikipedia.org/wiki/Rome_(city)) in 2012")).toBe("in Rome in 2012");
    expect(normaliseForQuote('see [the memo](https://x.org/memo "Rome Memorandum").')).toBe("see the memo.");
  });
});

describe("QuoteChecker.allFound, the loader's quick answer", () => {
  const listed = [
    { id: "seed", title: "Seed" },
    { id: "minutes", title: "Minutes" },
    { id: "empty", title: "Empty" },
  ];
  const citation = fc.record({
    source: fc.constantFrom("seed", "minutes", "empty", "unlisted"),
    quote: fc.oneof(
      fc.constantFrom("ICCT and UNICRI hosted", "ICCT  and\n UNICRI   hosted", "**", "not in the text", "minutes"),
      fc.string({ minLength: 1 }),
    ),
  });

  it("is true exactly when check() finds nothing, and notes the same cited sources", () => {
    fc.assert(
      fc.property(fc.array(citation, { minLength: 1, maxLength: 4 }), fc.boolean(), (citations, broken) => {
        const sources = broken ? "unchecked" : checkSourceList(listed, { ...texts, empty: " " }, true);
        const quick = new QuoteChecker(texts, sources);
        const full = new QuoteChecker(texts, sources);
        expect(quick.allFound(citations)).toBe(full.check(citations, "x").length === 0);
        expect([...quick.cited]).toEqual([...full.cited]);
      }),
      { numRuns: 1000 },
    );
  });
});
