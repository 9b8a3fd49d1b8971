// The file's own picture, before the file is checked: a large GEXF or graphology file whose every
// node has a position (a graph Gephi laid out) can be drawn from the parsed records at once, while
// the checks and the graph the explorer needs are still being made. It holds only what sigma draws
// (keys, names, positions, sizes, colours, the edges' ends and colours), in arrays that cross from
// the import worker without copying. Nothing here is a claim about the data: the explorer replaces
// it with the checked graph, or the error screen with the file's problems.
import { drawingValue } from "../model";

export interface GraphPreview {
  keys: string[];
  labels: string[];
  x: Float64Array;
  y: Float64Array;
  /** NaN where the file gives no size. */
  size: Float64Array;
  colors: (string | null)[];
  /** Indexes into `keys`. */
  source: Uint32Array;
  target: Uint32Array;
  edgeColors: (string | null)[];
}

/** Below this many nodes the checked graph is drawn about as soon as a preview would be. */
export const PREVIEW_MIN_NODES = 500;

type Raw = Record<string, unknown>;
interface Records {
  nodes: readonly unknown[];
  edges?: unknown;
}

const record = (v: unknown): Raw | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Raw) : null;
const keyOf = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const name = (a: Raw, key: string) => {
  for (const field of ["label", "name", "title"]) {
    const v = a[field];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return key;
};
const number = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN);

/**
 * The picture of `records` (a GEXF file's parsed nodes and edges, or a graphology export), or null
 * when a node has no position, a key is missing or repeated, or the graph is small.
 */
export function previewOf(records: Records): GraphPreview | null {
  const { nodes } = records;
  const edges = Array.isArray(records.edges) ? (records.edges as unknown[]) : [];
  if (nodes.length < PREVIEW_MIN_NODES) return null;
  const index = new Map<string, number>();
  const keys: string[] = [];
  const labels: string[] = [];
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  const size = new Float64Array(nodes.length);
  const colors: (string | null)[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = record(nodes[i]);
    const key = keyOf(node?.key);
    const a = record(node?.attributes) ?? {};
    if (key === undefined || index.has(key)) return null;
    const [px, py] = [number(a.x), number(a.y)];
    if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
    index.set(key, i);
    keys.push(key);
    labels.push(name(a, key));
    x[i] = px;
    y[i] = py;
    const s = drawingValue("size", number(a.size));
    size[i] = typeof s === "number" ? s : NaN;
    const c = drawingValue("color", typeof a.color === "string" ? a.color.trim() : a.color);
    colors.push(typeof c === "string" ? c : null);
  }
  const source: number[] = [];
  const target: number[] = [];
  const edgeColors: (string | null)[] = [];
  for (const item of edges) {
    const edge = record(item);
    const s = index.get(keyOf(edge?.source) ?? "");
    const t = index.get(keyOf(edge?.target) ?? "");
    // Drawn as the explorer will draw them: no edge from a node to itself.
    if (s === undefined || t === undefined || s === t) continue;
    source.push(s);
    target.push(t);
    const a = record(edge?.attributes) ?? {};
    const c = drawingValue("color", typeof a.color === "string" ? a.color.trim() : a.color);
    edgeColors.push(typeof c === "string" ? c : null);
  }
  return {
    keys,
    labels,
    x,
    y,
    size,
    colors,
    source: Uint32Array.from(source),
    target: Uint32Array.from(target),
    edgeColors,
  };
}

/** The arrays a preview can hand over to another thread instead of copying. */
export const previewTransfer = (p: GraphPreview): ArrayBuffer[] =>
  [p.x, p.y, p.size, p.source, p.target].map((a) => a.buffer as ArrayBuffer);
