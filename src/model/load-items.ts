// Adding the dataset's nodes and edges to the graph, each checked on its own and against what is
// already there. A fault is reported once, where it is: an edge to a node the schema rejected is not
// also "missing an endpoint", and an edge that cannot stand is kept out of the graph.
import type { QuoteChecker } from "./citations";
import { fastEdge, fastNode } from "./fast-parse";
import { edgeKeyFor, edgePlace, itemProblems, nodePlace } from "./problems";
import { isRelation } from "./relations";
import { serializedEdgeSchema, serializedNodeSchema } from "./schema";
import type { DataGraph, EdgeAttributes, NodeAttributes, Problem } from "./types";
import type { UnknownAttributes } from "./unknown-attributes";
import { checkDates } from "./validate-dates";
import { kindsAllowed, relationProblem } from "./validate-relations";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ItemContext {
  graph: DataGraph;
  problems: Problem[];
  quotes: QuoteChecker;
  unknown: UnknownAttributes;
  /** Keys of nodes that are in the data but were rejected by the schema. */
  rejected: Set<string>;
}

/** Loose reading of a raw item, only to name its place before the schema has checked it. */
const text = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);
const field = (raw: unknown, name: string): unknown =>
  raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>)[name] : undefined;

function edgeWhere(raw: unknown, i: number): string {
  const source = text(field(raw, "source"));
  const target = text(field(raw, "target"));
  if (!source || !target) return `edges[${i}]`;
  return edgePlace(source, target, text(field(field(raw, "attributes"), "relation")), text(field(raw, "key")));
}

export function addNodes(ctx: ItemContext, nodes: readonly unknown[]): void {
  const { graph, problems, quotes, unknown, rejected } = ctx;
  const firstIndex = new Map<string, number>();
  nodes.forEach((raw, i) => {
    const rawKey = text(field(raw, "key"));
    const where = rawKey ? nodePlace(rawKey) : `nodes[${i}]`;
    const first = rawKey === undefined ? undefined : firstIndex.get(rawKey);
    if (first !== undefined)
      return void problems.push({
        where,
        field: "key",
        severity: "error",
        message: `duplicate node key (also nodes[${first}])`,
      });
    if (rawKey) firstIndex.set(rawKey, i);
    const fast = fastNode(raw);
    const parsed = fast ? ({ success: true, data: fast } as const) : serializedNodeSchema.safeParse(raw);
    if (!parsed.success) {
      if (rawKey) rejected.add(rawKey);
      return void problems.push(...itemProblems(parsed.error, where));
    }
    const { key, attributes: attrs } = parsed.data;
    unknown.note("node", raw, where);
    if (!KEBAB.test(key))
      problems.push({
        where,
        field: "key",
        severity: "error",
        message: "key must be kebab-case (lower-case letters, digits and single hyphens)",
      });
    problems.push(...checkDates(attrs, where), ...quotes.check(attrs.sources, where));
    graph.addNode(key, attrs as NodeAttributes);
  });
}

export function addEdges(ctx: ItemContext, edges: readonly unknown[]): void {
  const { graph, problems, quotes, unknown, rejected } = ctx;
  const seen = new Set<string>();
  edges.forEach((raw, i) => {
    const where = edgeWhere(raw, i);
    const fast = fastEdge(raw);
    const parsed = fast ? ({ success: true, data: fast } as const) : serializedEdgeSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...itemProblems(parsed.error, where));
    const { source, target, attributes: attrs } = parsed.data;
    unknown.note("edge", raw, where);
    // Fields that stand on their own are checked whatever else is wrong with the edge.
    for (const list of [checkDates(attrs, where), quotes.check(attrs.sources, where)])
      for (const problem of list) problems.push(problem);
    const relation = attrs.relation;
    const known = isRelation(relation);
    if (!known) problems.push(relationProblem(relation, where));
    const ends = source === target ? [source] : [source, target];
    for (const k of ends) {
      if (graph.hasNode(k) || rejected.has(k)) continue;
      problems.push({
        where,
        field: k === source ? "source" : "target",
        severity: "error",
        message: `endpoint "${k}" is not a node of the graph`,
      });
    }
    if (source === target)
      return void problems.push({ where, severity: "error", message: "an edge may not join a node to itself" });
    if (!known || ends.some((k) => !graph.hasNode(k))) return;
    const kindIssue = kindsAllowed(
      relation,
      graph.getNodeAttribute(source, "kind"),
      graph.getNodeAttribute(target, "kind"),
      where,
    );
    if (kindIssue) return void problems.push(kindIssue);
    const identity = `${source}\u0000${relation}\u0000${target}`;
    if (seen.has(identity))
      return void problems.push({
        where,
        severity: "error",
        message: `duplicate edge: "${source}" already has a "${relation}" edge to "${target}"`,
      });
    seen.add(identity);
    const key = parsed.data.key ?? edgeKeyFor(source, relation, target);
    if (graph.hasEdge(key))
      return void problems.push({ where, field: "key", severity: "error", message: `duplicate edge key "${key}"` });
    graph.addDirectedEdgeWithKey(key, source, target, attrs as EdgeAttributes);
  });
}
