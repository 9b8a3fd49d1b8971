// loadDataset: data-contract JSON + source texts → a read-only graph, or every problem found.
// It never throws on bad input: whatever the JSON, the caller gets a graph or a list of problems.
import { MultiDirectedGraph } from "graphology";

import { QuoteChecker } from "./citations";
import { edgePlace, nodePlace, zodProblems } from "./problems";
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
import { checkDates } from "./validate-dates";
import { checkLineage } from "./validate-lineage";
import { kindsAllowed, relationProblem } from "./validate-relations";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadOptions {
  /** Named in every problem, so a message says which file it is about. */
  file?: string;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function edgeKeyFor(source: string, relation: string, target: string): string {
  return `${source}--${relation}--${target}`;
}

export function loadDataset(json: unknown, sources: SourceTexts, options: LoadOptions = {}): LoadResult {
  const withFile = (list: Problem[]): Problem[] => list.map((p) => (options.file ? { ...p, file: options.file } : p));
  try {
    const problems = collect(json, sources);
    if ("graph" in problems) return { ok: true, graph: problems.graph, warnings: withFile(problems.warnings) };
    return { ok: false, problems: withFile(problems.list) };
  } catch (error) {
    // A bug here must still reach the user as a message, not as a blank page.
    return {
      ok: false,
      problems: withFile([{ where: "dataset", severity: "error", message: `could not be read: ${String(error)}` }]),
    };
  }
}

function collect(json: unknown, texts: SourceTexts): { list: Problem[] } | { graph: DataGraph; warnings: Problem[] } {
  const top = datasetSchema.safeParse(json);
  if (!top.success) return { list: zodProblems(top.error, "graph") };
  const problems: Problem[] = [];
  const attributes: GraphAttributes = top.data.attributes;

  const listed = new Set<string>();
  attributes.sources.forEach((s, i) => {
    if (listed.has(s.id))
      problems.push({
        where: "graph",
        field: `attributes.sources[${i}].id`,
        severity: "error",
        message: `source "${s.id}" is listed twice`,
      });
    listed.add(s.id);
    if (!Object.hasOwn(texts, s.id)) {
      problems.push({
        where: "graph",
        field: `attributes.sources[${i}]`,
        severity: "error",
        message: `source "${s.id}" has no text file (graph-data/sources/${s.id}.md or .txt)`,
      });
    }
  });
  const quotes = new QuoteChecker(texts, listed);
  const graph: DataGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);

  top.data.nodes.forEach((raw, i) => {
    const rawKey = (raw as { key?: unknown } | null)?.key;
    const where = typeof rawKey === "string" && rawKey ? nodePlace(rawKey) : `nodes[${i}]`;
    const parsed = serializedNodeSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...zodProblems(parsed.error, where));
    const { key, attributes: attrs } = parsed.data;
    if (!KEBAB.test(key))
      problems.push({
        where,
        field: "key",
        severity: "error",
        message: "key must be kebab-case (lower-case letters, digits and single hyphens)",
      });
    if (graph.hasNode(key))
      return void problems.push({
        where,
        field: "key",
        severity: "error",
        message: `duplicate node key (also nodes[${graph.nodes().indexOf(key)}])`,
      });
    problems.push(...checkDates(attrs, where), ...quotes.check(attrs.sources, where));
    graph.addNode(key, attrs as NodeAttributes);
  });

  const seen = new Set<string>();
  top.data.edges.forEach((raw, i) => {
    const r = (raw ?? {}) as { source?: unknown; target?: unknown; key?: unknown; attributes?: { relation?: unknown } };
    const placeOf = () =>
      typeof r.source === "string" && typeof r.target === "string"
        ? edgePlace(
            r.source,
            r.target,
            typeof r.attributes?.relation === "string" ? r.attributes.relation : undefined,
            typeof r.key === "string" ? r.key : undefined,
          )
        : `edges[${i}]`;
    const where = placeOf();
    const parsed = serializedEdgeSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...zodProblems(parsed.error, where));
    const { source, target, attributes: attrs } = parsed.data;
    const relation = attrs.relation;
    if (!isRelation(relation)) return void problems.push(relationProblem(relation, where));
    const missing = [source, target].filter((k) => !graph.hasNode(k));
    for (const k of missing)
      problems.push({
        where,
        field: k === source ? "source" : "target",
        severity: "error",
        message: `endpoint "${k}" is not a node of the graph`,
      });
    if (missing.length) return;
    if (source === target)
      return void problems.push({ where, severity: "error", message: "an edge may not join a node to itself" });
    const kindIssue = kindsAllowed(
      relation,
      graph.getNodeAttribute(source, "kind"),
      graph.getNodeAttribute(target, "kind"),
      where,
    );
    if (kindIssue) problems.push(kindIssue);
    const identity = `${source}\u0000${attrs.relation}\u0000${target}`;
    if (seen.has(identity))
      return void problems.push({
        where,
        severity: "error",
        message: `duplicate edge: "${source}" already has a "${attrs.relation}" edge to "${target}"`,
      });
    seen.add(identity);
    const key = parsed.data.key ?? edgeKeyFor(source, attrs.relation, target);
    if (graph.hasEdge(key))
      return void problems.push({ where, field: "key", severity: "error", message: `duplicate edge key "${key}"` });
    problems.push(...checkDates(attrs, where), ...quotes.check(attrs.sources, where));
    graph.addDirectedEdgeWithKey(key, source, target, attrs as EdgeAttributes);
  });

  problems.push(...checkLineage(graph));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length) return { list: problems };
  graph.forEachNode((_, a) => deepFreeze(a));
  graph.forEachEdge((_, a) => deepFreeze(a));
  deepFreeze(graph.getAttributes());
  return { graph, warnings: problems };
}
