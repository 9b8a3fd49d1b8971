// A dataset being edited: the data contract's JSON (graphology's serialisation) and the full text
// of each source. Every edge has its key here, so an edit can name it; a key the file left out is
// left out again when the dataset is written (toContractJson), so the file comes back as it was.
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SourceRef } from "../../model";
import { withEdgeKeys } from "../../io/edge-keys";

export interface NodeEntry {
  key: string;
  attributes: NodeAttributes;
}

export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** The file gave no key: this one is the loader's default, and is not written. */
  implicitKey?: true;
}

export interface SourceEntry {
  ref: SourceRef;
  text: string;
}

export interface Draft {
  /** The graph's own attributes but its sources list, which is `sources` below. */
  graph: Omit<GraphAttributes, "sources">;
  sources: SourceEntry[];
  nodes: NodeEntry[];
  edges: EdgeEntry[];
}

export interface ContractJson {
  attributes: GraphAttributes;
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key?: string; source: string; target: string; attributes: EdgeAttributes }[];
}

const OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;

/** A draft of a dataset that loaded (its JSON as given, its texts by source id). */
export function draftFrom(json: ContractJson, texts: Readonly<Record<string, string>>): Draft {
  const { sources, ...graph } = json.attributes;
  const taken = new Set(json.edges.flatMap((e) => (e.key === undefined ? [] : [e.key])));
  return {
    graph,
    sources: sources.map((ref) => ({ ref, text: Object.hasOwn(texts, ref.id) ? texts[ref.id]! : "" })),
    nodes: json.nodes.map(({ key, attributes }) => ({ key, attributes })),
    edges: withEdgeKeys(json.edges, taken).map(({ key, source, target, attributes }, i) =>
      json.edges[i]!.key === undefined
        ? { key, source, target, attributes, implicitKey: true as const }
        : { key, source, target, attributes },
    ),
  };
}

/** An empty dataset: the same tools, nothing in it yet. */
export function emptyDraft(id = "new-dataset", title = "New dataset"): Draft {
  return { graph: { id, title }, sources: [], nodes: [], edges: [] };
}

export function toContractJson(draft: Draft): ContractJson {
  return {
    attributes: { ...draft.graph, sources: draft.sources.map((s) => s.ref) },
    options: OPTIONS,
    nodes: draft.nodes.map(({ key, attributes }) => ({ key, attributes })),
    edges: draft.edges.map(({ key, source, target, attributes, implicitKey }) =>
      implicitKey ? { source, target, attributes } : { key, source, target, attributes },
    ),
  };
}

/** The texts by source id, as the loader takes them (any id, `__proto__` included). */
export function draftTexts(draft: Draft): Record<string, string> {
  const texts: Record<string, string> = Object.create(null);
  for (const s of draft.sources) texts[s.ref.id] = s.text;
  return texts;
}
