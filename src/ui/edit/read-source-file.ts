// A dropped or chosen file as a source's text: Markdown and plain text as they are, HTML reduced to
// its readable text (no script, style or markup kept), a PDF's text extracted by pdfjs-dist in its
// worker, page by page. Too large a file or text is refused with a message saying the limit.
import { pagesAsSource, pdfPages, type PdfJs } from "../../io/pdf-text";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2_000_000;

export type ReadSource = { ok: true; text: string; title: string } | { ok: false; message: string };

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, dt, dd, figcaption, div, section, article";

/** The readable text of an HTML page: headings kept as Markdown headings, one paragraph per block. */
export function htmlText(html: string): { text: string; title: string } {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc
    .querySelectorAll("script, style, noscript, template, svg, iframe, object, nav, footer")
    .forEach((el) => el.remove());
  const parts: string[] = [];
  const leaves = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  for (const el of leaves.length ? leaves : [doc.body]) {
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    const level = /^H([1-6])$/.exec(el.tagName)?.[1];
    parts.push(level ? `${"#".repeat(Number(level))} ${text}` : text);
  }
  return { text: parts.join("\n\n"), title: (doc.title ?? "").trim() };
}

async function pdfText(file: File): Promise<string> {
  const pdfjs = await import("pdfjs-dist");
  if (!pdfjs.GlobalWorkerOptions.workerPort)
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), {
      type: "module",
    });
  return pagesAsSource(await pdfPages(pdfjs as unknown as PdfJs, new Uint8Array(await file.arrayBuffer())));
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export async function readSourceFile(file: File): Promise<ReadSource> {
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `${file.name} is larger than ${megabytes(MAX_FILE_BYTES)}, the most a source file may be.`,
    };
  const title = file.name.replace(/\.[^.]+$/, "");
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  let read: { text: string; title: string };
  try {
    if (ext === "pdf") read = { text: await pdfText(file), title };
    else if (ext === "html" || ext === "htm") {
      const html = htmlText(await file.text());
      read = { text: html.text, title: html.title || title };
    } else if (ext === "md" || ext === "txt" || ext === "markdown") read = { text: await file.text(), title };
    else return { ok: false, message: `${file.name}: a source is a .md, .txt, .html or .pdf file.` };
  } catch (error) {
    return {
      ok: false,
      message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!read.text.trim())
    return { ok: false, message: `${file.name} has no text to cite (a scanned PDF has only pictures).` };
  return tooLong(read.text) ?? { ok: true, ...read };
}

export function tooLong(text: string): { ok: false; message: string } | null {
  return text.length > MAX_TEXT_CHARS
    ? {
        ok: false,
        message: `The text has ${text.length.toLocaleString("en")} characters; a source may have at most ${MAX_TEXT_CHARS.toLocaleString("en")}.`,
      }
    : null;
}
