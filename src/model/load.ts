// loadDataset: data-contract JSON + source texts → a read-only graph, or every problem found.
// It never throws on bad input: whatever the JSON, the caller gets a graph or a list of problems.
import { MultiDirectedGraph } from "graphology";

import { QuoteChecker } from "./citations";
import { addEdges, addNodes } from "./load-items";
import { edgeKeyFor, zodProblems } from "./problems";
import { makeReadOnly } from "./read-only";
import { datasetSchema } from "./schema";
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
import { checkLineage } from "./validate-lineage";
import { checkSourceList, uncitedSources } from "./validate-sources";

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

  const ctx = { graph, problems, quotes, unknown: new UnknownAttributes(), rejected: new Set<string>() };
  addNodes(ctx, top.data.nodes);
  addEdges(ctx, top.data.edges);

  problems.push(
    ...checkLineage(graph),
    ...uncitedSources(sourceList, attributes.sources, quotes.cited),
    ...ctx.unknown.problems(),
  );
  if (problems.some((p) => p.severity === "error")) return { list: problems };
  return { graph, warnings: problems };
}
