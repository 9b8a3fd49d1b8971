// A graph read from GEXF, a plain graphology export or CSV, as flat records, turned into an imported
// graph. When every node has a kind and a citation, every edge a relation of the vocabulary and a
// citation, and the file lists its sources (our own GEXF and CSV exports do), the result goes
// through the data contract's checks (importContract). Otherwise the graph is taken as it is, with
// the generic kind and relation where needed: it still draws, filters and searches.
import { MultiDirectedGraph } from "graphology";

import {
  bidiKeyMessage,
  type DataGraph,
  type EdgeAttributes,
  GENERIC_KIND,
  GENERIC_RELATION,
  type GraphAttributes,
  isBlank,
  makeReadOnly,
  type NodeAttributes,
  normaliseForQuote,
  type Problem,
  type SourceRef,
  type SourceTexts,
  visibleText,
} from "../model";
import { edgePlace, nodePlace } from "../model/problems";
import { sourceRefSchema } from "../model/schema";
import { withEdgeKeys } from "./edge-keys";
import { edgeFromFlat, nodeFromFlat } from "./flat-attributes";
import { importContract } from "./import-contract";
import { type ImportFormat, type ImportResult } from "./types";

type Raw = Record<string, unknown>;

export interface FlatGraph {
  attributes: Raw;
  nodes: readonly { key?: unknown; attributes?: Raw }[];
  edges: readonly { key?: unknown; source?: unknown; target?: unknown; attributes?: Raw; undirected?: boolean }[];
}

export interface FlatOptions {
  format: ImportFormat;
  /** The file's name: a problem names it, and a graph without id or title is called after it. */
  name: string;
  sources?: SourceTexts;
}

function sourceList(raw: unknown, problems: Problem[]): SourceRef[] | undefined {
  let list = raw;
  if (typeof raw === "string") {
    try {
      list = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((s, i) => {
    const parsed = sourceRefSchema.safeParse(s);
    if (parsed.success) return [parsed.data];
    problems.push({
      where: "graph",
      field: `attributes.sources[${i}]`,
      severity: "error",
      message: "a source needs an id and a title",
    });
    return [];
  });
}

const text = (v: unknown) => (typeof v === "string" && !isBlank(v) ? visibleText(v.trim()) : undefined);

export function importFlat(flat: FlatGraph, options: FlatOptions): ImportResult {
  const { format, name } = options;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const stem = name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "imported";
  const listed = sourceList(flat.attributes.sources, problems);
  const attributes: GraphAttributes = {
    id: text(flat.attributes.id) ?? stem.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title: text(flat.attributes.title) ?? stem,
    ...(text(flat.attributes.description) ? { description: text(flat.attributes.description) } : {}),
    sources: listed ?? [],
  };

  const nodes = new Map<string, NodeAttributes>();
  flat.nodes.forEach((n, i) => {
    const key = typeof n.key === "number" ? String(n.key) : n.key;
    if (typeof key !== "string" || !key)
      return void problems.push({
        where: `nodes[${i}]`,
        field: "key",
        severity: "error",
        message: "a node needs a key",
      });
    const bidi = bidiKeyMessage(key);
    if (bidi) return void problems.push({ where: nodePlace(key), field: "key", severity: "error", message: bidi });
    if (nodes.has(key))
      return void problems.push({
        where: nodePlace(key),
        field: "key",
        severity: "error",
        message: "duplicate node key",
      });
    const { attributes: attrs, issues } = nodeFromFlat(key, n.attributes ?? {});
    for (const issue of issues) problems.push({ where: nodePlace(key), ...issue, severity: "error" });
    nodes.set(key, attrs);
  });

  const edges: { key?: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  const edgeKeys = new Set<string>();
  let undirected = 0;
  flat.edges.forEach((e, i) => {
    const source = typeof e.source === "number" ? String(e.source) : e.source;
    const target = typeof e.target === "number" ? String(e.target) : e.target;
    const key = typeof e.key === "number" ? String(e.key) : typeof e.key === "string" && e.key ? e.key : undefined;
    if (typeof source !== "string" || typeof target !== "string")
      return void problems.push({
        where: `edges[${i}]`,
        severity: "error",
        message: "an edge needs a source and a target",
      });
    // Named only for a problem: building the place for each of 50,000 good edges cost a tenth of the read.
    const where = () => edgePlace(source, target, undefined, key);
    const bidi = key === undefined ? null : bidiKeyMessage(key);
    if (bidi) return void problems.push({ where: where(), field: "key", severity: "error", message: bidi });
    const from = nodes.get(source);
    const to = nodes.get(target);
    if (!from || !to) {
      for (const k of [source, target].filter((k) => !nodes.has(k)))
        problems.push({
          where: where(),
          field: k === source ? "source" : "target",
          severity: "error",
          message: `endpoint "${k}" is not a node of the graph`,
        });
      return;
    }
    if (key && edgeKeys.has(key))
      return void problems.push({
        where: where(),
        field: "key",
        severity: "error",
        message: `duplicate edge key "${key}"`,
      });
    if (source === target)
      return void warnings.push({
        where: where(),
        severity: "warning",
        message: "left out: an edge may not join a node to itself",
      });
    if (key) edgeKeys.add(key);
    if (e.undirected) undirected++;
    const { attributes: attrs, issues } = edgeFromFlat(e.attributes ?? {}, from.kind, to.kind);
    for (const issue of issues) problems.push({ where: where(), ...issue, severity: "error" });
    edges.push({ key, source, target, attributes: attrs });
  });
  const withFile = (list: Problem[]) => list.map((p) => ({ ...p, file: name }));
  if (problems.length) return { ok: false, format, problems: withFile(problems) };
  const keyed = withEdgeKeys(edges, edgeKeys);

  const complete =
    listed !== undefined &&
    [...nodes.values()].every((a) => a.kind !== GENERIC_KIND && a.sources.length > 0) &&
    keyed.every((e) => e.attributes.relation !== GENERIC_RELATION && e.attributes.sources.length > 0);
  if (complete) {
    const strip = <T extends { extra?: unknown }>({ extra: _, ...rest }: T) => rest;
    const json = {
      attributes,
      options: { type: "directed", multi: true, allowSelfLoops: false },
      nodes: [...nodes].map(([key, a]) => ({ key, attributes: strip(a) })),
      edges: keyed.map((e) => ({ ...e, attributes: strip(e.attributes) })),
    };
    const result = importContract(json, options.sources, name, format);
    return result.ok ? { ...result, warnings: [...result.warnings, ...withFile(warnings)] } : result;
  }
  return buildGeneric(attributes, nodes, keyed, { ...options, warnings, undirected });
}

function buildGeneric(
  attributes: GraphAttributes,
  nodes: Map<string, NodeAttributes>,
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[],
  options: FlatOptions & { warnings: Problem[]; undirected: number },
): ImportResult {
  const { format, name, warnings } = options;
  const texts = options.sources ?? {};
  const problems: Problem[] = [];
  const listedIds = new Set(attributes.sources.map((s) => s.id));
  const unverified = new Set<string>();
  const normalised = new Map<string, string>();
  // `where` names the node or edge only for a problem: most have none.
  const check = (where: () => string, list: NodeAttributes["sources"]) =>
    list.forEach((c, i) => {
      if (!listedIds.has(c.source)) {
        listedIds.add(c.source);
        attributes.sources.push({ id: c.source, title: c.source });
        warnings.push({
          where: "graph",
          severity: "warning",
          message: `source "${c.source}" is cited but not listed; its title is unknown`,
        });
      }
      const source = Object.hasOwn(texts, c.source) ? texts[c.source] : undefined;
      if (typeof source !== "string") return void unverified.add(c.source);
      if (!normalised.has(c.source)) normalised.set(c.source, normaliseForQuote(source));
      if (!normalised.get(c.source)!.includes(normaliseForQuote(c.quote)))
        problems.push({
          where: where(),
          field: `sources[${i}].quote`,
          severity: "error",
          message: `quote not found word for word in source "${c.source}"`,
        });
    });
  nodes.forEach((a, key) => check(() => nodePlace(key), a.sources));
  for (const e of edges) check(() => edgePlace(e.source, e.target, e.attributes.relation, e.key), e.attributes.sources);
  const withFile = (list: Problem[]) => list.map((p) => ({ ...p, file: name }));
  if (problems.length) return { ok: false, format, problems: withFile(problems) };

  const graph: DataGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);
  nodes.forEach((a, key) => graph.addNode(key, a));
  for (const e of edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  makeReadOnly(graph);
  const generic = {
    nodes: graph.filterNodes((_, a) => a.kind === GENERIC_KIND).length,
    edges: graph.filterEdges((_, a) => a.relation === GENERIC_RELATION).length,
  };
  const note = (message: string) => warnings.push({ where: "graph", severity: "warning", message });
  if (generic.nodes)
    note(`${generic.nodes} of ${graph.order} nodes name no kind the explorer knows; shown as "${GENERIC_KIND}"`);
  if (generic.edges)
    note(`${generic.edges} of ${graph.size} edges name no relation of the vocabulary; shown as "${GENERIC_RELATION}"`);
  const uncited =
    graph.filterNodes((_, a) => a.sources.length === 0).length +
    graph.filterEdges((_, a) => a.sources.length === 0).length;
  if (uncited) note(`${uncited} nodes and edges cite no source`);
  if (options.undirected) note(`${options.undirected} undirected edges read as pointing from source to target`);
  return { ok: true, format, graph, unverified, generic, warnings: withFile(warnings) };
}
