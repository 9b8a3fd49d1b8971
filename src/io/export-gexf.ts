// GEXF for Gephi (via graphology-gexf). GEXF cells hold scalars, so attributes are flattened: lists
// become text joined with " | ", citations become one `citations` column (`source-id: quote | …`),
// and the graph's sources list goes into the <meta> element as JSON so our own importer can read
// the file back into the data contract. x/y/size/color go out as viz: attributes when given.
// GEXF 1.3 (correct viz namespace); colours written as r/g/b, which every Gephi version reads.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";

import { type DataGraph, type Extra, GENERIC_RELATION, relationSpec } from "../model";
import { citationsToText, listToText } from "./citation-text";
import type { ExportFile, ExportOptions } from "./types";
import { baseName, subsetOf } from "./view-subset";

export interface NodeViz {
  x: number;
  y: number;
  size?: number;
  /** CSS colour: #rrggbb, #rgb or rgb(…). */
  color?: string;
}

export interface GexfOptions extends ExportOptions {
  viz?: ReadonlyMap<string, NodeViz>;
}

type Flat = Record<string, string | number | boolean | undefined>;

const NODE_FIELDS = [
  "kind",
  "label",
  "short",
  "aliases",
  "description",
  "start",
  "end",
  "place",
  "role",
  "note",
  "citations",
];
const EDGE_FIELDS = ["relation", "label", "start", "note", "citations"];

/**
 * Foreign attributes go out under their own names unless one would shadow ours. A foreign x, y,
 * size or colour (a Gephi layout read in) goes back out as viz, unless `viz` gave one.
 */
function withExtra(flat: Flat, extra: Extra | undefined, reserved: readonly string[]): Flat {
  for (const [name, value] of Object.entries(extra ?? {})) {
    flat[reserved.includes(name) || flat[name] !== undefined ? `extra_${name}` : name] = value;
  }
  return flat;
}

function rgb(color: string | undefined): string | undefined {
  const hex = color?.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

export function exportGexf(graph: DataGraph, options: GexfOptions = {}): ExportFile {
  const subset = subsetOf(graph, options);
  const { id, title, description } = graph.getAttributes();
  const flat = new MultiDirectedGraph<Flat, Flat, Flat>();
  flat.replaceAttributes({ id, title, description, sources: JSON.stringify(subset.sources) });
  for (const { key, attributes: a } of subset.nodes) {
    const viz = options.viz?.get(key);
    const attrs: Flat = {
      kind: a.kind,
      label: a.label,
      short: a.short,
      aliases: listToText(a.aliases) || undefined,
      description: a.description,
      start: a.start,
      end: a.end,
      place: a.place,
      role: a.role,
      note: a.note,
      citations: citationsToText(a.sources) || undefined,
      ...(viz ? { x: viz.x, y: viz.y, size: viz.size, color: rgb(viz.color) } : {}),
    };
    flat.addNode(key, withExtra(attrs, a.extra, NODE_FIELDS));
  }
  for (const { key, source, target, attributes: a } of subset.edges) {
    const attrs: Flat = {
      relation: a.relation,
      label: a.relation === GENERIC_RELATION ? a.label : relationSpec(a.relation).label,
      start: a.start,
      note: a.note,
      citations: citationsToText(a.sources) || undefined,
    };
    flat.addDirectedEdgeWithKey(key, source, target, withExtra(attrs, a.extra, EDGE_FIELDS));
  }
  return {
    filename: `${baseName(graph, options)}.gexf`,
    mime: "application/gexf+xml",
    text: write(flat, { version: "1.3" }),
  };
}
