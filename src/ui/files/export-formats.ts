// What the Export menu offers, one entry per format: the button, the note beside it, and the files
// it makes for the full graph or the current view. The menu (ExportMenu.tsx) only lays them out
// and saves what they make, so a format is tested here without a browser.
import type { DataGraph } from "../../model";
import type { CanvasPort } from "../../state/canvas-port";

export type Scope = "full" | "view";

export interface ExportRequest {
  graph: DataGraph;
  scope: Scope;
  /** The nodes of the current view when the scope is "view", else null (everything). */
  keys: ReadonlySet<string> | null;
  /** The canvas, when the graph view is shown. */
  canvas: CanvasPort | null;
}

export interface SavedFile {
  blob: Blob;
  filename: string;
}

export interface ExportFormat {
  /** The button. */
  label: string;
  /** What the message after it names: "GEXF downloaded". */
  what: string;
  note(scope: Scope): string;
  make(request: ExportRequest): Promise<SavedFile[]>;
}

// The writers (GEXF brings an XML library) load on first use, so they do not delay the first frame.
const io = () => import("../../io");
const saved = ({ text, mime, filename }: { text: string; mime: string; filename: string }): SavedFile => ({
  blob: new Blob([text], { type: mime }),
  filename,
});

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    label: "PNG image (2×)",
    what: "PNG image",
    note: (scope) =>
      ` ${scope === "view" ? "only what the filters keep, framed" : "the canvas as drawn"}, with title and legend`,
    async make({ graph, scope, keys, canvas }) {
      if (!canvas) throw new Error("switch to the graph view first");
      const title = `${graph.getAttribute("title")}${scope === "view" ? " (current view)" : ""}`;
      const blob = await canvas.snapshot({ title, scale: 2, only: keys });
      return [{ blob, filename: `${graph.getAttribute("id")}.png` }];
    },
  },
  {
    label: "GEXF",
    what: "GEXF",
    note: () => " opens in Gephi",
    async make({ graph, keys, canvas }) {
      return [saved((await io()).exportGexf(graph, { keys, viz: canvas?.placements() }))];
    },
  },
  {
    label: "JSON",
    what: "JSON",
    note: () => " the data contract, as graph-data/ holds it",
    make: async ({ graph, keys }) => [saved((await io()).exportJson(graph, { keys }))],
  },
  {
    label: "JSON-LD",
    what: "JSON-LD",
    note: () => " schema.org types with citations",
    make: async ({ graph, keys }) => [saved((await io()).exportJsonLd(graph, { keys }))],
  },
  {
    label: "CSV",
    what: "CSV",
    note: () => " nodes.csv and edges.csv, with a citation column",
    make: async ({ graph, keys }) => (await io()).exportCsv(graph, { keys }).map(saved),
  },
];
