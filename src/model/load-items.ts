// Adding the dataset's nodes and edges to the graph, each checked on its own and against what is
// already there. A fault is reported once, where it is: an edge to a node the schema rejected is not
// also "missing an endpoint", and an edge that cannot stand is kept out of the graph.
// Speed matters (100k nodes, 500k edges): an item's place ("node ...", "edge ...") is only worded
// when it has a problem, and the checks ask a yes/no question first, wording problems only on "no".
import type { QuoteChecker } from "./citations";
import type { Kind } from "./kinds";
import { fastEdge, fastNode } from "./fast-parse";
import { edgeKeyFor, edgePlace, itemProblems, nodePlace } from "./problems";
import { deepFreeze, freezeFast } from "./read-only";
import { isLineage, isRelation } from "./relations";
import { serializedEdgeSchema, serializedNodeSchema } from "./schema";
import { BIDI_CONTROL, bidiKeyMessage, isBlank, SHOWN_CONTROL_MESSAGE, showControlsIn } from "./visible-text";
import type { DataGraph, EdgeAttributes, NodeAttributes, Problem } from "./types";
import type { UnknownAttributes } from "./unknown-attributes";
import { checkDates, datesOk } from "./validate-dates";
import type { LineageEdge } from "./validate-lineage";
import { kindsAllowed, kindsFit, relationProblem } from "./validate-relations";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Texts a reader sees: bidi and control characters in them are written out (visible-text.ts). */
const NODE_SHOWN = ["label", "short", "aliases", "description", "place", "role"];

export interface ItemContext {
  graph: DataGraph;
  problems: Problem[];
  quotes: QuoteChecker;
  unknown: UnknownAttributes;
  /** Keys of nodes that are in the data but were rejected by the schema. */
  rejected: Set<string>;
  /** Lineage edges added to the graph, in order, for checkLineage. */
  lineage: LineageEdge[];
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

const nodeWhere = (key: string | undefined, i: number) => (key ? nodePlace(key) : `nodes[${i}]`);

function pushAll(problems: Problem[], list: readonly Problem[]): void {
  // One at a time: spreading a long list into push() overflows the stack.
  for (const problem of list) problems.push(problem);
}

export function addNodes(ctx: ItemContext, nodes: readonly unknown[]): void {
  const { graph, problems, quotes, unknown, rejected } = ctx;
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const raw = nodes[i];
    const rawKey = text(field(raw, "key"));
    const first = rawKey === undefined ? undefined : firstIndex.get(rawKey);
    if (first !== undefined) {
      problems.push({
        where: nodeWhere(rawKey, i),
        field: "key",
        severity: "error",
        message: `duplicate node key (also nodes[${first}])`,
      });
      continue;
    }
    if (rawKey) firstIndex.set(rawKey, i);
    const fast = fastNode(raw);
    const parsed = fast ? ({ success: true, data: fast } as const) : serializedNodeSchema.safeParse(raw);
    if (!parsed.success) {
      if (rawKey) rejected.add(rawKey);
      pushAll(problems, itemProblems(parsed.error, nodeWhere(rawKey, i)));
      continue;
    }
    const { key, attributes: attrs } = parsed.data;
    // The fast path takes only names the contract defines; anything else went through the schema.
    if (!fast) unknown.note("node", raw, nodeWhere(rawKey, i));
    if (!KEBAB.test(key))
      problems.push({
        where: nodeWhere(rawKey, i),
        field: "key",
        severity: "error",
        message: "key must be kebab-case (lower-case letters, digits and single hyphens)",
      });
    if (isBlank(attrs.label))
      problems.push({
        where: nodeWhere(rawKey, i),
        field: "label",
        severity: "error",
        message: "must not be empty: it has only invisible characters",
      });
    for (const name of showControlsIn(attrs, NODE_SHOWN))
      problems.push({ where: nodeWhere(rawKey, i), field: name, severity: "warning", message: SHOWN_CONTROL_MESSAGE });
    if (!datesOk(attrs)) pushAll(problems, checkDates(attrs, nodeWhere(rawKey, i)));
    if (!quotes.allFound(attrs.sources)) pushAll(problems, quotes.check(attrs.sources, nodeWhere(rawKey, i)));
    if (fast) freezeFast(attrs);
    else deepFreeze(attrs);
    graph.addNode(key, attrs as NodeAttributes);
  }
}

export function addEdges(ctx: ItemContext, edges: readonly unknown[]): void {
  const { graph, problems, quotes, unknown, rejected, lineage } = ctx;
  // Edges kept out for a duplicate key: later edges of the same source, relation and target are
  // still duplicates of them. Every other earlier edge is found in the graph itself.
  const keptOut = new Set<string>();
  const identity = (source: string, relation: string, target: string) => `${source}\u0000${relation}\u0000${target}`;
  for (let i = 0; i < edges.length; i++) {
    const raw = edges[i];
    const fast = fastEdge(raw);
    const parsed = fast ? ({ success: true, data: fast } as const) : serializedEdgeSchema.safeParse(raw);
    if (!parsed.success) {
      pushAll(problems, itemProblems(parsed.error, edgeWhere(raw, i)));
      continue;
    }
    const { source, target, attributes: attrs } = parsed.data;
    if (!fast) unknown.note("edge", raw, edgeWhere(raw, i));
    // Fields that stand on their own are checked whatever else is wrong with the edge.
    if (!datesOk(attrs)) pushAll(problems, checkDates(attrs, edgeWhere(raw, i)));
    if (!quotes.allFound(attrs.sources)) pushAll(problems, quotes.check(attrs.sources, edgeWhere(raw, i)));
    const relation = attrs.relation;
    const known = isRelation(relation);
    if (!known) problems.push(relationProblem(relation, edgeWhere(raw, i)));
    const sourceKind = graph.hasNode(source) ? (graph.getNodeAttribute(source, "kind") as Kind) : undefined;
    const targetKind =
      source === target
        ? sourceKind
        : graph.hasNode(target)
          ? (graph.getNodeAttribute(target, "kind") as Kind)
          : undefined;
    if (sourceKind === undefined && !rejected.has(source)) missingEnd(problems, edgeWhere(raw, i), "source", source);
    if (source !== target && targetKind === undefined && !rejected.has(target))
      missingEnd(problems, edgeWhere(raw, i), "target", target);
    if (source === target) {
      problems.push({ where: edgeWhere(raw, i), severity: "error", message: "an edge may not join a node to itself" });
      continue;
    }
    if (!known || sourceKind === undefined || targetKind === undefined) continue;
    if (!kindsFit(relation, sourceKind, targetKind)) {
      problems.push(kindsAllowed(relation, sourceKind, targetKind, edgeWhere(raw, i)) as Problem);
      continue;
    }
    const twin =
      (graph.hasDirectedEdge(source, target) &&
        graph.someOutEdge(source, target, (_e, a) => a.relation === relation)) ||
      (keptOut.size > 0 && keptOut.has(identity(source, relation, target)));
    if (twin) {
      problems.push({
        where: edgeWhere(raw, i),
        severity: "error",
        message: `duplicate edge: "${source}" already has a "${relation}" edge to "${target}"`,
      });
      continue;
    }
    if (parsed.data.key !== undefined && BIDI_CONTROL.test(parsed.data.key))
      problems.push({
        where: edgeWhere(raw, i),
        field: "key",
        severity: "error",
        message: bidiKeyMessage(parsed.data.key)!,
      });
    for (const name of showControlsIn(attrs, ["label"]))
      problems.push({ where: edgeWhere(raw, i), field: name, severity: "warning", message: SHOWN_CONTROL_MESSAGE });
    const key = parsed.data.key ?? edgeKeyFor(source, relation, target);
    if (graph.hasEdge(key)) {
      keptOut.add(identity(source, relation, target));
      problems.push({
        where: edgeWhere(raw, i),
        field: "key",
        severity: "error",
        message: `duplicate edge key "${key}"`,
      });
      continue;
    }
    if (fast) freezeFast(attrs);
    else deepFreeze(attrs);
    graph.addDirectedEdgeWithKey(key, source, target, attrs as EdgeAttributes);
    if (isLineage(relation)) lineage.push({ key, source, target, relation });
  }
}

function missingEnd(problems: Problem[], where: string, field: "source" | "target", key: string): void {
  problems.push({ where, field, severity: "error", message: `endpoint "${key}" is not a node of the graph` });
}
