// loadDataset: data-contract JSON + source texts → a read-only graph, or every problem found.
// It never throws on bad input: whatever the JSON, the caller gets a graph or a list of problems.
import { MultiDirectedGraph } from "graphology";

import { QuoteChecker } from "./citations";
import { edgeKeyFor, edgePlace, itemProblems, nodePlace, zodProblems } from "./problems";
import { makeReadOnly } from "./read-only";
import { isRelation } from "./relations";
import { datasetSchema, serializedEdgeSchema, serializedNodeSchema } from "./schema";
import type {
  DataGraph,
  EdgeAttributes,
  GraphAttributes,
  LoadResult,
  NodeAttributes,
  Problem,
  SourceTexts,
} from "./types";
import { UnknownAttributes } from "./unknown-attributes";
import { checkDates } from "./validate-dates";
import { checkLineage } from "./validate-lineage";
import { kindsAllowed, relationProblem } from "./validate-relations";
import { checkSourceList, uncitedSources } from "./validate-sources";

export { edgeKeyFor };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadOptions {
  /** Named in every problem, so a message says which file it is about. */
  file?: string;
  /**
   * Load even when a listed source has no text: each such source is one warning, and its quotes
   * are not checked (the caller shows them as unverified). Quotes of sources with text still are.
   */
  allowMissingTexts?: boolean;
}

export function loadDataset(json: unknown, sources: SourceTexts, options: LoadOptions = {}): LoadResult {
  const withFile = (list: Problem[]): Problem[] => list.map((p) => (options.file ? { ...p, file: options.file } : p));
  try {
    const found = collect(json, sources ?? {}, options.allowMissingTexts === true);
    if ("graph" in found) return { ok: true, graph: makeReadOnly(found.graph), warnings: withFile(found.warnings) };
    return { ok: false, problems: withFile(found.list) };
  } catch (error) {
    // A bug here must still reach the user as a message, not as a blank page.
    return {
      ok: false,
      problems: withFile([{ where: "dataset", severity: "error", message: `could not be read: ${String(error)}` }]),
    };
  }
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

function collect(
  json: unknown,
  texts: SourceTexts,
  allowMissingTexts: boolean,
): { list: Problem[] } | { graph: DataGraph; warnings: Problem[] } {
  const top = datasetSchema.safeParse(json);
  if (!top.success) return { list: zodProblems(top.error, "graph") };
  const attributes: GraphAttributes = top.data.attributes;
  const sourceList = checkSourceList(attributes.sources, texts, allowMissingTexts);
  const problems: Problem[] = [...sourceList.problems];
  const quotes = new QuoteChecker(texts, sourceList);
  const graph: DataGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);

  // Nodes that exist in the data but were rejected: edges to them are not "missing an endpoint".
  const rejected = new Set<string>();
  const unknown = new UnknownAttributes();
  const firstIndex = new Map<string, number>();
  top.data.nodes.forEach((raw, i) => {
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
    const parsed = serializedNodeSchema.safeParse(raw);
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

  const seen = new Set<string>();
  top.data.edges.forEach((raw, i) => {
    const where = edgeWhere(raw, i);
    const parsed = serializedEdgeSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...itemProblems(parsed.error, where));
    const { source, target, attributes: attrs } = parsed.data;
    unknown.note("edge", raw, where);
    // Fields that stand on their own are checked whatever else is wrong with the edge.
    problems.push(...checkDates(attrs, where), ...quotes.check(attrs.sources, where));
    const relation = attrs.relation;
    const known = isRelation(relation);
    if (!known) problems.push(relationProblem(relation, where));
    const ends = [...new Set([source, target])];
    const missing = ends.filter((k) => !graph.hasNode(k) && !rejected.has(k));
    for (const k of missing)
      problems.push({
        where,
        field: k === source ? "source" : "target",
        severity: "error",
        message: `endpoint "${k}" is not a node of the graph`,
      });
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

  problems.push(
    ...checkLineage(graph),
    ...uncitedSources(sourceList, attributes.sources, quotes.cited),
    ...unknown.problems(),
  );
  if (problems.some((p) => p.severity === "error")) return { list: problems };
  return { graph, warnings: problems };
}
