// loadDataset: data-contract JSON + source texts → a read-only graph, or every problem found.
// It never throws on bad input: whatever the JSON, the caller gets a graph or a list of problems.
import { MultiDirectedGraph } from "graphology";

import { QuoteChecker } from "./citations";
import { addEdges, addNodes } from "./load-items";
import { edgeKeyFor, zodProblems } from "./problems";
import { lock } from "./read-only";
import { datasetSchema, graphAttributesSchema } from "./schema";
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
import { SHOWN_CONTROL_MESSAGE, showControlsIn } from "./visible-text";
import { checkLineage, type LineageEdge } from "./validate-lineage";
import { checkSourceList, uncitedSources } from "./validate-sources";
import { checkStories } from "./validate-stories";

export { edgeKeyFor };

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
    if ("graph" in found) return { ok: true, graph: lock(found.graph), warnings: withFile(found.warnings) };
    return { ok: false, problems: withFile(found.list) };
  } catch (error) {
    // A bug here must still reach the user as a message, not as a blank page.
    return {
      ok: false,
      problems: withFile([{ where: "dataset", severity: "error", message: `could not be read: ${String(error)}` }]),
    };
  }
}

type Collected = { list: Problem[] } | { graph: DataGraph; warnings: Problem[] };

function collect(json: unknown, texts: SourceTexts, allowMissingTexts: boolean): Collected {
  const top = datasetSchema.safeParse(json);
  if (top.success) return build(top.data, texts, allowMissingTexts);
  const problems = zodProblems(top.error, "graph");
  // When only the graph's own attributes are wrong, check the nodes and edges as well, so one run
  // shows every problem. Without a usable sources list, citations cannot be checked and are skipped.
  if (!problems.every((p) => p.field?.startsWith("attributes"))) return { list: problems };
  const { attributes, nodes, edges } = json as {
    attributes?: { sources?: unknown };
    nodes: unknown[];
    edges: unknown[];
  };
  const sources = graphAttributesSchema.shape.sources.safeParse(attributes?.sources);
  const rest = build(
    { attributes: { id: "", title: "", sources: sources.success ? sources.data : [] }, nodes, edges },
    texts,
    allowMissingTexts,
    sources.success,
  );
  return { list: [...problems, ...("list" in rest ? rest.list : rest.warnings)] };
}

function build(
  data: { attributes: GraphAttributes; nodes: readonly unknown[]; edges: readonly unknown[] },
  texts: SourceTexts,
  allowMissingTexts: boolean,
  checkCitations = true,
): Collected {
  const { attributes } = data;
  const textWarnings: Problem[] = [];
  for (const name of showControlsIn(attributes, ["title", "description"]))
    textWarnings.push({
      where: "graph",
      field: `attributes.${name}`,
      severity: "warning",
      message: SHOWN_CONTROL_MESSAGE,
    });
  const sourceList = checkSourceList(attributes.sources, texts, allowMissingTexts);
  const problems: Problem[] = [...textWarnings, ...sourceList.problems];
  const quotes = new QuoteChecker(texts, checkCitations ? sourceList : "unchecked");
  const graph: DataGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);

  const ctx = {
    graph,
    problems,
    quotes,
    unknown: new UnknownAttributes(),
    rejected: new Set<string>(),
    lineage: [] as LineageEdge[],
  };
  addNodes(ctx, data.nodes);
  addEdges(ctx, data.edges);

  // One at a time: spreading a list of 100k+ problems into push() overflows the stack.
  const stories = checkStories(graph, attributes.stories ?? []);
  for (const list of [
    checkLineage(graph, ctx.lineage),
    uncitedSources(sourceList, attributes.sources, quotes.cited),
    stories,
  ])
    for (const problem of list) problems.push(problem);
  problems.push(...ctx.unknown.problems());
  if (problems.some((p) => p.severity === "error")) return { list: problems };
  return { graph, warnings: problems };
}
