// What the details panel says about a node: its relations grouped by relation and direction,
// each item written as a sentence with its citations.
//
// Groups come lineage first (where a document came from and what it turned into), then in the
// order of the relation vocabulary, outgoing before incoming. Items come by date, then label.
// An item's date is the relation's own date when it has one, else the other node's start.
import {
  dateKey,
  isLineage,
  readRelation,
  RELATION_IDS,
  relationSpec,
  type Citation,
  type DataGraph,
  type Kind,
  type Relation,
} from "../model";

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  otherKind: Kind;
  sentence: string;
  sources: readonly Citation[];
  start?: string;
}

export interface RelationGroup {
  relation: Relation;
  direction: "out" | "in";
  /** spec.label for outgoing edges, spec.inverse for incoming ones ("Hosted by"). */
  heading: string;
  items: RelationItem[];
}

/**
 * "ICCT hosted Hague conference" for one edge, with the labels of both ends. A file's own word for
 * a relation the vocabulary does not name reads between them ("Alice – supports → Bob"), and its
 * weight after ("(weight 2.5)").
 */
export function edgeSentence(graph: DataGraph, edgeKey: string): string {
  if (!graph.hasEdge(edgeKey)) throw new Error(`describe: unknown edge "${edgeKey}"`);
  const { relation, label, weight } = graph.getEdgeAttributes(edgeKey);
  const source = graph.getNodeAttribute(graph.source(edgeKey), "label");
  const target = graph.getNodeAttribute(graph.target(edgeKey), "label");
  const sentence =
    relation === "related-to" && label ? `${source} – ${label} → ${target}` : readRelation(relation, source, target);
  return weight === undefined ? sentence : `${sentence} (weight ${weight.toLocaleString("en")})`;
}

function groupRank(group: RelationGroup): number {
  const order = RELATION_IDS.indexOf(group.relation) * 2 + (group.direction === "in" ? 1 : 0);
  return isLineage(group.relation) ? order - RELATION_IDS.length * 2 : order;
}

export function relationGroups(graph: DataGraph, key: string): RelationGroup[] {
  if (!graph.hasNode(key)) throw new Error(`describe: unknown node "${key}"`);
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    const direction = source === key ? "out" : "in";
    const other = direction === "out" ? target : source;
    const id = `${attrs.relation}\u0000${direction}`;
    let group = groups.get(id);
    if (!group) {
      const spec = relationSpec(attrs.relation);
      group = {
        relation: attrs.relation,
        direction,
        heading: direction === "out" ? spec.label : spec.inverse,
        items: [],
      };
      groups.set(id, group);
    }
    const otherAttrs = graph.getNodeAttributes(other);
    const start = attrs.start ?? otherAttrs.start;
    group.items.push({
      edge,
      other,
      otherLabel: otherAttrs.label,
      otherKind: otherAttrs.kind,
      sentence: edgeSentence(graph, edge),
      sources: attrs.sources,
      ...(start !== undefined ? { start } : {}),
    });
  });
  const list = [...groups.values()].sort((a, b) => groupRank(a) - groupRank(b));
  for (const group of list) {
    group.items.sort((a, b) => dateKey(a.start) - dateKey(b.start) || a.otherLabel.localeCompare(b.otherLabel));
  }
  return list;
}
