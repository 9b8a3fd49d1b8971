// Shapes shared by the exporters and importers. An imported file may hold things the model's closed
// vocabulary does not name: those get GENERIC_KIND / GENERIC_RELATION, so the graph still draws,
// filters and searches. The model lists both (kinds.ts, relations.ts); the names are repeated here so
// io code can test for them without reaching into the vocabulary tables.
import type { AbstractGraph } from "graphology-types";

import type { EdgeAttributes, GraphAttributes, Kind, NodeAttributes, Problem, Relation } from "../model";

export const GENERIC_KIND = "other";
export const GENERIC_RELATION = "related-to";

export type AnyKind = Kind | typeof GENERIC_KIND;
export type AnyRelation = Relation | typeof GENERIC_RELATION;

/** Attributes a foreign file carried that the contract has no name for (Gephi columns, say). */
export type Extra = Readonly<Record<string, string | number | boolean>>;

export interface ImportedNodeAttributes extends Omit<NodeAttributes, "kind"> {
  kind: AnyKind;
  extra?: Extra;
}

export interface ImportedEdgeAttributes extends Omit<EdgeAttributes, "relation"> {
  relation: AnyRelation;
  /** The file's own name for a relation that fell back to GENERIC_RELATION ("supports"). */
  label?: string;
  extra?: Extra;
}

/** A DataGraph, or an imported graph that may use the generic kind and relation. */
export type AnyGraph = AbstractGraph<ImportedNodeAttributes, ImportedEdgeAttributes, GraphAttributes>;

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
      graph: AnyGraph;
      /** Source ids whose text was not given: every citation of one of them is unverified. */
      unverified: ReadonlySet<string>;
      /** Nodes that got GENERIC_KIND and edges that got GENERIC_RELATION. */
      generic: { nodes: number; edges: number };
      warnings: Problem[];
    }
  | { ok: false; format?: ImportFormat; problems: Problem[] };

/** True when the citation's quote was checked against its source text. */
export function isVerified(result: { unverified: ReadonlySet<string> }, citation: { source: string }): boolean {
  return !result.unverified.has(citation.source);
}
