// The display graph of a file's own picture (io/preview.ts), drawn while the file is checked: as
// buildDisplayGraph will draw the checked graph of a file without kinds (the file's positions and
// colours, its sizes scaled the same way, else sized by degree; the generic kind's colour and shape;
// the most connected nodes named first), so the picture does not change when the explorer takes over.
import Graph from "graphology";

import type { GraphPreview } from "../io/preview";
import { GENERIC_KIND, type Kind } from "../model";
import { scaleSizes } from "../queries/given-drawing";
import { baseSize, type DisplayGraph, displayEdge, displayNode, hubCount, nodeSize } from "./display-graph";

export function buildPreviewGraph(preview: GraphPreview): DisplayGraph {
  const { keys, labels, x, y, colors, source, target, edgeColors } = preview;
  const order = keys.length;
  const degree = new Uint32Array(order);
  for (let i = 0; i < source.length; i++) {
    degree[source[i]!]!++;
    degree[target[i]!]!++;
  }
  const base = baseSize(order);
  const given = scaleSizes(preview.size, base, base * 3);
  const hubs = new Set(
    [...keys.keys()]
      .sort((a, b) => degree[b]! - degree[a]! || (keys[a]! < keys[b]! ? -1 : 1))
      .slice(0, hubCount(order)),
  );
  const kind: Kind = GENERIC_KIND;
  const display: DisplayGraph = new Graph({ type: "directed", multi: true });
  for (let i = 0; i < order; i++) {
    const size = Number.isNaN(given[i]!) ? nodeSize(degree[i]!, order) : given[i]!;
    const color = colors[i] ?? undefined;
    const node = { x: x[i]!, y: y[i]!, size, color, label: labels[i]!, kind, hub: hubs.has(i) };
    display.addNode(keys[i]!, displayNode(node));
  }
  // Keyed by position: graphology's own keys for a multigraph are random strings, slow to make.
  for (let i = 0; i < source.length; i++)
    display.addDirectedEdgeWithKey(
      String(i),
      keys[source[i]!]!,
      keys[target[i]!]!,
      displayEdge(false, edgeColors[i] ?? undefined, ""),
    );
  return display;
}
