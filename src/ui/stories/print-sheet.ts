// The report a print (or "Save as PDF") makes of a view or a whole story: per page the caption,
// the graph as vector SVG with numbered marks on the highlighted relations, and their footnotes;
// at the end an appendix listing each quote cited, with its source's title, publisher, date and URL.
// Built with textContent only: text from data never becomes markup.
import type { Citation, DataGraph, SourceRef } from "../../model";
import { citationOf } from "../../model";
import { edgeSentence } from "../../queries/describe";
import type { ViewVector } from "../../state/canvas-port";
import type { ViewState } from "../../state/view-state";
import { findStory } from "../../state/story-steps";

export interface PrintPage {
  heading: string;
  caption?: string;
  vector: ViewVector;
  /** The view shown, for the quotes its selection and story step cite. */
  state: ViewState;
}

function h(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Numbers each distinct quote once, in the order the report first cites it. */
class Appendix {
  readonly list: Citation[] = [];
  private readonly index = new Map<string, number>();
  number(citation: Citation): number {
    const id = `${citation.source}\u0000${citation.quote}`;
    let n = this.index.get(id);
    if (n === undefined) {
      this.list.push(citation);
      n = this.list.length;
      this.index.set(id, n);
    }
    return n;
  }
}

const cites = (ns: number[]) => ns.map((n) => `[Q${n}]`).join(" ");

/** Quotes the view itself cites: its story step's, and those of its selected node or relation. */
function viewCitations(graph: DataGraph, state: ViewState): Citation[] {
  const out: Citation[] = [];
  const step = findStory(graph, state.story)?.steps[state.step - 1];
  for (const quoted of step?.quotes ?? []) {
    const citation = citationOf(graph, quoted);
    if (citation) out.push(citation);
  }
  if (state.select && graph.hasNode(state.select)) out.push(...graph.getNodeAttribute(state.select, "sources"));
  if (state.edge && graph.hasEdge(state.edge)) out.push(...graph.getEdgeAttribute(state.edge, "sources"));
  return out;
}

export function buildPrintSheet(graph: DataGraph, title: string, pages: readonly PrintPage[]): HTMLElement {
  const sheet = h("div", "print-sheet");
  sheet.append(h("h1", "print-title", title));
  const appendix = new Appendix();
  for (const page of pages) {
    const section = h("section", "print-page");
    section.append(h("h2", "", page.heading));
    const own = viewCitations(graph, page.state).map((c) => appendix.number(c));
    if (page.caption) section.append(h("p", "print-caption", page.caption));
    if (own.length) section.append(h("p", "print-cites", `Quoted: ${cites([...new Set(own)])}`));
    const figure = h("figure", "print-figure");
    figure.append(page.vector.svg);
    section.append(figure);
    if (page.vector.footnotes.length) {
      const notes = h("ol", "print-footnotes");
      for (const key of page.vector.footnotes) {
        const ns = graph.getEdgeAttribute(key, "sources").map((c) => appendix.number(c));
        notes.append(h("li", "", `${edgeSentence(graph, key)}. ${cites(ns)}`));
      }
      section.append(h("h3", "", "Relations marked on the graph"), notes);
    }
    sheet.append(section);
  }
  const refs = new Map<string, SourceRef>((graph.getAttribute("sources") ?? []).map((s) => [s.id, s]));
  const list = h("section", "print-appendix");
  list.append(h("h2", "", "Appendix: the quotes cited"));
  const ol = h("ol", "");
  appendix.list.forEach((citation, i) => {
    const ref = refs.get(citation.source);
    const item = h("li", "");
    item.append(h("span", "print-qn", `[Q${i + 1}] `), h("q", "", citation.quote));
    const about = [ref?.title ?? citation.source, ref?.publisher, ref?.date, ref?.url].filter(Boolean).join(" · ");
    item.append(h("p", "print-source", about));
    ol.append(item);
  });
  list.append(ol);
  sheet.append(list);
  return sheet;
}

/** Puts the report in the page and opens the browser's print dialog; the report goes after printing. */
export function printSheet(sheet: HTMLElement): void {
  for (const old of document.querySelectorAll(".print-sheet")) old.remove();
  document.body.append(sheet);
  window.addEventListener("afterprint", () => sheet.remove(), { once: true });
  window.print();
}
