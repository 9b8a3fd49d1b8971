import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MultiDirectedGraph } from "graphology";

import { normaliseForQuote, selectorAt } from "../../src/model";
import { locateQuote, trackNormalised } from "../../src/queries/quote-location";
import { blocks, factNodes, markupSpans, runs, sourcePassages } from "../../src/queries/source-passages";
import { DEFAULT_DATASET, loaded } from "../io/helpers";
import { makeGraph } from "../fixtures/graphs";

const MARKDOWNISH = fc.stringMatching(/^[a-z \n*_#\-[\]()“”‘’–—…\u00a0.]{0,60}$/);

describe("trackNormalised", () => {
  it("produces exactly the text the quote check compares against", () => {
    fc.assert(
      fc.property(MARKDOWNISH, (raw) => {
        const tracked = trackNormalised(raw);
        expect(tracked.text).toBe(normaliseForQuote(raw));
        expect(tracked.starts).toHaveLength(tracked.text.length);
        for (let i = 0; i < tracked.text.length; i++) {
          expect(tracked.starts[i]).toBeLessThan(tracked.ends[i]!);
          expect(tracked.ends[i]).toBeLessThanOrEqual(raw.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("matches normaliseForQuote on every source text of the default dataset", () => {
    const { texts } = loaded(DEFAULT_DATASET);
    for (const text of Object.values(texts)) expect(trackNormalised(text).text).toBe(normaliseForQuote(text));
  });
});

describe("locateQuote", () => {
  it("maps a quote back across Markdown links, emphasis, typography and line breaks", () => {
    const raw = "## Heading\n\nThe **[good practices document](#)** was\n  “adopted” in Rome – 2012…\nEnd.";
    const span = locateQuote(raw, 'good practices document was "adopted" in Rome - 2012...');
    expect(span).not.toBeNull();
    expect(raw.slice(span!.start, span!.end)).toBe("good practices document](#)** was\n  “adopted” in Rome – 2012…");
  });

  it("returns null for a quote that is not in the text, or has no words", () => {
    expect(locateQuote("Some text here.", "other words")).toBeNull();
    expect(locateQuote("Some text here.", "**")).toBeNull();
  });

  it("places every quote of the default dataset on raw text that normalises back to it", () => {
    const { graph, texts } = loaded(DEFAULT_DATASET);
    let checked = 0;
    const check = (quote: string, source: string) => {
      const raw = texts[source]!;
      const span = locateQuote(raw, quote);
      expect(span, `${source}: ${quote}`).not.toBeNull();
      // The slice may open or close inside markup (a link's text, emphasis): compare its words.
      const words = (t: string) => normaliseForQuote(t.replace(/\]\([^)]*\)/g, "")).replace(/[^\p{L}\p{N}]+/gu, "");
      expect(words(raw.slice(span!.start, span!.end))).toBe(words(quote));
      checked += 1;
    };
    graph.forEachNode((_, a) => a.sources.forEach((c) => check(c.quote, c.source)));
    graph.forEachEdge((_, a) => a.sources.forEach((c) => check(c.quote, c.source)));
    expect(checked).toBeGreaterThan(100);
  });
});

describe("sourcePassages", () => {
  const raw = "# Title\n\nAlpha hosted Beta in 2011. Beta adopted Gamma.\n\n---\n\nNothing cited here.";
  const graph = makeGraph(
    {
      alpha: { kind: "organisation", label: "Alpha", sources: [{ source: "s", quote: "Alpha hosted Beta" }] },
      beta: { kind: "event", label: "Beta", sources: [{ source: "s", quote: "Alpha hosted Beta in 2011." }] },
      gamma: { kind: "document", label: "Gamma", sources: [{ source: "s", quote: "not in the text" }] },
    },
    [["alpha", "hosted", "beta", { key: "e1" }]],
  );

  it("gathers each cited quote once, with every fact it supports, in text order", () => {
    const { passages, unplaced } = sourcePassages(graph, "s", raw);
    expect(passages.map((p) => raw.slice(p.start, p.end))).toEqual(["Alpha hosted Beta in 2011.", "Alpha hosted Beta"]);
    expect(passages[0]!.facts.map((f) => f.key)).toEqual(["beta"]);
    expect(passages[1]!.facts).toEqual([{ type: "node", key: "alpha", label: "Alpha" }]);
    expect(unplaced).toEqual([{ fact: { type: "node", key: "gamma", label: "Gamma" }, quote: "not in the text" }]);
    const edge = (key: string, source: string, target: string) => ({
      type: "edge" as const,
      key,
      source,
      target,
      sentence: "",
    });
    expect(factNodes([edge("e1", "alpha", "beta")])).toEqual(["alpha", "beta"]);
    // The node most of the facts are about comes first.
    expect(
      factNodes([
        { type: "node", key: "alpha", label: "" },
        edge("e1", "alpha", "beta"),
        edge("e2", "gamma", "beta"),
        edge("e3", "beta", "delta"),
      ])[0],
    ).toBe("beta");
  });

  it("cuts a block into runs covered by the passages over them", () => {
    const { passages } = sourcePassages(graph, "s", raw);
    const para = blocks(raw)[1]!;
    const cut = runs(passages, para.start, para.end).map((r) => [raw.slice(r.start, r.end), r.passages]);
    expect(cut).toEqual([
      ["Alpha hosted Beta", [0, 1]],
      [" in 2011.", [0]],
      [" Beta adopted Gamma.", []],
    ]);
  });

  it("splits the text into headings (without their #), paragraphs and rules", () => {
    const found = blocks(raw).map((b) => [b.kind, raw.slice(b.start, b.end)]);
    expect(found).toEqual([
      ["heading", "Title"],
      ["paragraph", "Alpha hosted Beta in 2011. Beta adopted Gamma."],
      ["rule", "---"],
      ["paragraph", "Nothing cited here."],
    ]);
  });
});

describe("markupSpans", () => {
  it("hides a link's brackets and address and emphasis marks, keeping the words", () => {
    const raw = "See the **[good practices document](#)** and [Rome (city)](https://x.org/Rome_(city)).";
    const hidden = markupSpans(raw);
    const shown = runs([], 0, raw.length, hidden)
      .map((r) => raw.slice(r.start, r.end))
      .join("");
    expect(shown).toBe("See the good practices document and Rome (city).");
  });
});

describe("a citation's TextQuoteSelector", () => {
  it("picks the occurrence it names when the words stand twice, and the reader marks that one", () => {
    const raw = "First, **UNICRI** hosted it. Then, once more, UNICRI hosted it.";
    const norm = normaliseForQuote(raw);
    const exact = "UNICRI hosted it";
    const second = norm.lastIndexOf(exact);
    const selector = selectorAt(norm, exact, second);
    expect(locateQuote(raw, exact, selector)).toEqual({ start: raw.lastIndexOf(exact), end: raw.length - 1 });
    expect(locateQuote(raw, exact)!.start).toBe(raw.indexOf("UNICRI"));
    const graph = new MultiDirectedGraph();
    graph.addNode("a", { kind: "theme", label: "A", sources: [{ source: "s", quote: exact, selector }] });
    graph.addNode("b", { kind: "theme", label: "B", sources: [{ source: "s", quote: exact }] });
    const { passages } = sourcePassages(graph as never, "s", raw);
    expect(passages.map((p) => [raw.slice(p.start, p.end), p.facts.map((f) => f.key)])).toEqual([
      ["UNICRI** hosted it", ["b"]],
      ["UNICRI hosted it", ["a"]],
    ]);
  });
});
