// Colour by an attribute, as Gephi's appearance panel partitions a graph: for a file with no kinds,
// the legend offers the attributes it carried (extra) that split the nodes into a few groups, and
// each value gets a colour.
import type { DataGraph } from "../model";

/** Okabe–Ito first (colour-blind safe), then more distinct hues for larger partitions. */
export const PARTITION_COLOURS = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
  "#000000",
  "#8C564B",
  "#7F7F7F",
  "#17BECF",
  "#BCBD22",
];
/** The colour of the values beyond the palette, together. */
export const PARTITION_REST = "#C8C8C8";

export interface PartitionValue {
  value: string;
  colour: string;
  count: number;
}

export interface Partition {
  attribute: string;
  values: PartitionValue[];
  /** Each node's colour; a node without the attribute has none. */
  colourOf: Map<string, string>;
}

const MAX_GROUPS = 24;

/** Attributes that split the nodes into 2 to 24 groups, by name: the ones a partition reads well. */
export function partitionAttributes(graph: DataGraph): string[] {
  const seen = new Map<string, Set<string>>();
  graph.forEachNode((_key, { extra }) => {
    for (const [name, value] of Object.entries(extra ?? {})) {
      let values = seen.get(name);
      if (!values) seen.set(name, (values = new Set()));
      if (values.size <= MAX_GROUPS) values.add(String(value));
    }
  });
  return [...seen]
    .filter(([, values]) => values.size >= 2 && values.size <= MAX_GROUPS)
    .map(([name]) => name)
    .sort((a, b) => a.localeCompare(b));
}

/** The values of `attribute`, most common first, each with its colour. */
export function partitionBy(graph: DataGraph, attribute: string): Partition {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, { extra }) => {
    if (!extra || !Object.hasOwn(extra, attribute)) return;
    const value = String(extra[attribute]);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  const values = [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b, "en", { numeric: true }))
    .map(([value, count], i) => ({ value, count, colour: PARTITION_COLOURS[i] ?? PARTITION_REST }));
  const colour = new Map(values.map((v) => [v.value, v.colour]));
  const colourOf = new Map<string, string>();
  graph.forEachNode((key, { extra }) => {
    if (extra && Object.hasOwn(extra, attribute)) colourOf.set(key, colour.get(String(extra[attribute]))!);
  });
  return { attribute, values, colourOf };
}
