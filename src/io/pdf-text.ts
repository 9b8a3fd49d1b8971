// A PDF's text, page by page, as a source text: each page under a "Page N" heading, so a quote's
// page can be read off in the source reader. Works with pdfjs-dist's browser and legacy (Node)
// builds alike: the caller passes the library in, and pdfjs parses in its own worker.

/** The part of pdfjs-dist's API used here. */
export interface PdfJs {
  getDocument(params: { data: Uint8Array; isEvalSupported: boolean; useSystemFonts?: boolean }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }> }>;
}

function pageText(items: readonly unknown[]): string {
  let out = "";
  for (const item of items) {
    if (typeof item !== "object" || item === null || !("str" in item)) continue;
    const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
    out += str;
    if (hasEOL) out += "\n";
    else if (str && !/\s$/.test(str)) out += " ";
  }
  // One paragraph per page block; runs of blank lines and trailing spaces tidied.
  return out
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export async function pdfPages(pdfjs: PdfJs, data: Uint8Array): Promise<string[]> {
  // No eval: the page's CSP forbids it, and text extraction does not need it.
  const task = pdfjs.getDocument({ data, isEvalSupported: false });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(pageText((await (await doc.getPage(n)).getTextContent()).items));
    return pages;
  } finally {
    await task.destroy();
  }
}

/** "## Page 1\n\n…\n\n## Page 2\n\n…": the page numbers stay with the text. */
export function pagesAsSource(pages: readonly string[]): string {
  return pages.map((text, i) => `## Page ${i + 1}\n\n${text}`).join("\n\n") + "\n";
}
