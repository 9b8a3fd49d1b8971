// The edits a researcher makes, each built as changes over the current draft: adding a source,
// a node, a relation (with new nodes for its ends), evidence; changing and removing any of them.
import { edgeKeyFor, type Citation, type EdgeAttributes, type NodeAttributes, type SourceRef } from "../../model";
import type { Change, Edit } from "./changes";
import type { Draft, EdgeEntry, NodeEntry } from "./draft";

/** A kebab-case key from a name, not yet taken in `taken` ("UNICRI (Turin)" → "unicri-turin"). */
export function freshKey(name: string, taken: (key: string) => boolean): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "item";
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}

export const nodeKeyTaken = (draft: Draft) => (key: string) => draft.nodes.some((n) => n.key === key);
export const sourceIdTaken = (draft: Draft) => (id: string) => draft.sources.some((s) => s.ref.id === id);

export function addSource(draft: Draft, ref: SourceRef, text: string): Edit {
  const change: Change = { kind: "source", key: ref.id, before: null, after: { ref, text }, at: draft.sources.length };
  return { label: `Add source: ${ref.title}`, changes: [change] };
}

export function updateSource(draft: Draft, ref: SourceRef): Edit {
  const i = draft.sources.findIndex((s) => s.ref.id === ref.id);
  const before = draft.sources[i]!;
  return {
    label: `Change source: ${ref.title}`,
    changes: [{ kind: "source", key: ref.id, before, after: { ...before, ref }, at: i }],
  };
}

const addNodeChange = (draft: Draft, node: NodeEntry, offset = 0): Change => ({
  kind: "node",
  key: node.key,
  before: null,
  after: node,
  at: draft.nodes.length + offset,
});

export function addNode(draft: Draft, node: NodeEntry): Edit {
  return { label: `Add ${node.attributes.kind}: ${node.attributes.label}`, changes: [addNodeChange(draft, node)] };
}

/** The key an added edge gets: the contract's default, `--2`, `--3` … when it is taken. */
export function freshEdgeKey(draft: Draft, source: string, relation: string, target: string): string {
  const base = edgeKeyFor(source, relation, target);
  let key = base;
  for (let n = 2; draft.edges.some((e) => e.key === key); n++) key = `${base}--${n}`;
  return key;
}

export interface NewRelation {
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** Nodes the relation's ends are, added with it (already keyed). */
  newNodes: readonly NodeEntry[];
}

export function addRelation(draft: Draft, rel: NewRelation, sentence: string): Edit {
  const key = freshEdgeKey(draft, rel.source, rel.attributes.relation, rel.target);
  const edge: EdgeEntry = { key, source: rel.source, target: rel.target, attributes: rel.attributes };
  return {
    label: `Add relation: ${sentence}`,
    changes: [
      ...rel.newNodes.map((n, i) => addNodeChange(draft, n, i)),
      { kind: "edge", key, before: null, after: edge, at: draft.edges.length },
    ],
  };
}

export function updateNode(draft: Draft, key: string, attributes: NodeAttributes): Edit {
  const i = draft.nodes.findIndex((n) => n.key === key);
  const before = draft.nodes[i]!;
  return {
    label: `Change ${attributes.label}`,
    changes: [{ kind: "node", key, before, after: { key, attributes }, at: i }],
  };
}

export function updateEdge(draft: Draft, key: string, attributes: EdgeAttributes, sentence: string): Edit {
  const i = draft.edges.findIndex((e) => e.key === key);
  const before = draft.edges[i]!;
  return {
    label: `Change relation: ${sentence}`,
    changes: [{ kind: "edge", key, before, after: { ...before, attributes }, at: i }],
  };
}

/** Evidence for an existing node or relation: one more citation on it. */
export function addCitation(draft: Draft, item: { node: string } | { edge: string }, citation: Citation): Edit {
  if ("node" in item) {
    const node = draft.nodes.find((n) => n.key === item.node)!;
    const edit = updateNode(draft, item.node, { ...node.attributes, sources: [...node.attributes.sources, citation] });
    return { ...edit, label: `Add evidence for ${node.attributes.label}` };
  }
  const edge = draft.edges.find((e) => e.key === item.edge)!;
  const attributes = { ...edge.attributes, sources: [...edge.attributes.sources, citation] };
  return { ...updateEdge(draft, item.edge, attributes, ""), label: `Add evidence for relation ${item.edge}` };
}

/** The relations that go with a node when it is removed. */
export const relationsOf = (draft: Draft, key: string): EdgeEntry[] =>
  draft.edges.filter((e) => e.source === key || e.target === key);

function edgeRemovals(draft: Draft, keys: ReadonlySet<string>): Change[] {
  // Last first, so that undoing puts each back at its own place.
  const changes: Change[] = [];
  for (let i = draft.edges.length - 1; i >= 0; i--) {
    const edge = draft.edges[i]!;
    if (keys.has(edge.key)) changes.push({ kind: "edge", key: edge.key, before: edge, after: null, at: i });
  }
  return changes;
}

export function removeNode(draft: Draft, key: string): Edit {
  const i = draft.nodes.findIndex((n) => n.key === key);
  const node = draft.nodes[i]!;
  const gone = new Set(relationsOf(draft, key).map((e) => e.key));
  return {
    label: `Remove ${node.attributes.label}`,
    changes: [...edgeRemovals(draft, gone), { kind: "node", key, before: node, after: null, at: i }],
  };
}

export function removeEdge(draft: Draft, key: string, sentence: string): Edit {
  return { label: `Remove relation: ${sentence}`, changes: edgeRemovals(draft, new Set([key])) };
}

export function removeSource(draft: Draft, id: string): Edit {
  const i = draft.sources.findIndex((s) => s.ref.id === id);
  const before = draft.sources[i]!;
  return {
    label: `Remove source: ${before.ref.title}`,
    changes: [{ kind: "source", key: id, before, after: null, at: i }],
  };
}

export function updateGraph(draft: Draft, graph: Draft["graph"]): Edit {
  return {
    label: "Change the dataset's title",
    changes: [{ kind: "graph", key: "", before: draft.graph, after: graph, at: 0 }],
  };
}
