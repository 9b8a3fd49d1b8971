// Shapes shared by the exporters and importers. An imported file may hold things the model's closed
// vocabulary does not name: those get the model's GENERIC_KIND / GENERIC_RELATION, so the graph
// still draws, filters and searches, and is a DataGraph like any other.
import type { DataGraph, Problem } from "../model";

/** What an exporter hands the UI to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export interface ExportOptions {
  /** Export only these nodes (the current view) and the edges with both ends among them. */
  keys?: ReadonlySet<string> | null;
}

export type ImportFormat = "data-contract" | "gexf" | "graphology-json" | "csv";

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      graph: DataGraph;
      /** Source ids whose text was not given: every citation of one of them is unverified. */
      unverified: ReadonlySet<string>;
      /** Nodes that got GENERIC_KIND and edges that got GENERIC_RELATION. */
      generic: { nodes: number; edges: number };
      warnings: Problem[];
    }
  | { ok: false; format?: ImportFormat; problems: Problem[] };
