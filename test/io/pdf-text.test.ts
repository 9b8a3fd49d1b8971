// A PDF's text, page by page, with its page numbers, through pdfjs-dist (the legacy build in Node).
import { describe, expect, it } from "vitest";

import { pagesAsSource, pdfPages, type PdfJs } from "../../src/io/pdf-text";
import { loadDataset } from "../../src/model";
import { makePdf } from "./pdf-fixture";

describe("pdf text", () => {
  it("keeps each page's text under its page number, and its passages can be cited", async () => {
    const pdfjs = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfJs;
    const pdf = makePdf([["The Rome Memorandum was adopted in June 2012."], ["UNICRI hosted the meeting (in Turin)."]]);
    const pages = await pdfPages(pdfjs, pdf);
    expect(pages).toEqual(["The Rome Memorandum was adopted in June 2012.", "UNICRI hosted the meeting (in Turin)."]);
    const text = pagesAsSource(pages);
    expect(text).toBe(
      "## Page 1\n\nThe Rome Memorandum was adopted in June 2012.\n\n## Page 2\n\nUNICRI hosted the meeting (in Turin).\n",
    );
    const json = {
      attributes: { id: "pdf", title: "PDF", sources: [{ id: "report", title: "A report" }] },
      nodes: [
        {
          key: "unicri",
          attributes: {
            kind: "organisation",
            label: "UNICRI",
            sources: [{ source: "report", quote: "UNICRI hosted the meeting (in Turin)." }],
          },
        },
      ],
      edges: [],
    };
    expect(loadDataset(json, { report: text }).ok).toBe(true);
  });
});
