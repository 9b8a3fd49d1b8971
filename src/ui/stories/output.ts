// Vector output of what the canvas shows: an SVG file of the current view, and the print report
// (print-sheet.ts) of the current view or of every step of a story, each step shown on the
// canvas in turn and drawn once its camera has settled.
import type { DataGraph } from "../../model";
import type { CanvasPort } from "../../state/canvas-port";
import type { Store } from "../../state/store";
import { findStory, goToStep } from "../../state/story-steps";
import type { ViewState } from "../../state/view-state";
import { download } from "../files/download";
import { buildPrintSheet, type PrintPage, printSheet } from "./print-sheet";

/** Camera glides take 600 ms and a lineage's layout a little longer: a step is drawn after this. */
const SETTLE_MS = 1300;

/** Where the canvas is found while mounted: the session's `canvas`. */
interface CanvasSlot {
  get(): CanvasPort | null;
}

function port(canvas: CanvasSlot) {
  const mounted = canvas.get();
  if (!mounted) throw new Error("switch to the graph view first");
  return mounted;
}

function headingOf(graph: DataGraph, state: ViewState): { heading: string; caption?: string } {
  const story = findStory(graph, state.story);
  const step = story?.steps[state.step - 1];
  if (story && step)
    return { heading: `${story.title} · Step ${state.step} of ${story.steps.length}`, caption: step.caption };
  return { heading: "The current view" };
}

export function downloadViewSvg(graph: DataGraph, state: ViewState, canvas: CanvasSlot): void {
  const title = String(graph.getAttribute("title"));
  const { svg } = port(canvas).vector(`${title}: ${headingOf(graph, state).heading}`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  download(new Blob([text], { type: "image/svg+xml" }), `${String(graph.getAttribute("id"))}-view.svg`);
}

export function printView(graph: DataGraph, state: ViewState, canvas: CanvasSlot): void {
  const title = String(graph.getAttribute("title"));
  const page: PrintPage = { ...headingOf(graph, state), vector: port(canvas).vector(title), state };
  printSheet(buildPrintSheet(graph, title, [page]));
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Shows each step of the story on the canvas, draws it, then prints them all and returns to the view it started from. */
export async function printStory(
  graph: DataGraph,
  view: Store<ViewState>,
  canvas: CanvasSlot,
  id: string,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const story = findStory(graph, id);
  if (!story) return;
  const start = view.get();
  const title = String(graph.getAttribute("title"));
  const pages: PrintPage[] = [];
  try {
    for (let n = 1; n <= story.steps.length; n++) {
      progress(n - 1, story.steps.length);
      view.set((s) => goToStep(s, graph, id, n));
      await wait(SETTLE_MS);
      const state = view.get();
      pages.push({ ...headingOf(graph, state), vector: port(canvas).vector(title), state });
    }
  } finally {
    view.set(start);
  }
  progress(story.steps.length, story.steps.length);
  printSheet(buildPrintSheet(graph, title, pages));
}
