// A story's steps name nodes, relations and dates, and rest on quotes: each must exist in this
// dataset. A caption is the curator's claim, so it may cite only quotes the dataset already holds
// (and checks against its sources): a step quotes a node's or relation's citation word for word,
// and the caption can be read against exactly those quotes.
import { parseIsoDate } from "./dates";
import type { Kind } from "./kinds";
import { visibleText } from "./visible-text";
import type { DataGraph, Problem, Story, StoryQuote, StoryView } from "./types";

const KIND_NAME: Partial<Record<Kind, string>> = {
  organisation: "an organisation",
  theme: "a theme",
  document: "a document",
};

export const storyPlace = (id: string, step?: number): string =>
  `story "${visibleText(id)}"${step === undefined ? "" : ` step ${step + 1}`}`;

function viewProblems(graph: DataGraph, view: StoryView, problem: (field: string, message: string) => void): void {
  const node = (field: string, key: string, kind?: Kind) => {
    if (!graph.hasNode(key)) return problem(field, `names no node of this dataset ("${visibleText(key)}")`);
    if (kind && graph.getNodeAttribute(key, "kind") !== kind)
      problem(field, `"${visibleText(key)}" is not ${KIND_NAME[kind] ?? kind}`);
  };
  if (view.select !== undefined) node("view.select", view.select);
  if (view.edge !== undefined && !graph.hasEdge(view.edge))
    problem("view.edge", `names no relation of this dataset ("${visibleText(view.edge)}")`);
  if (view.select !== undefined && view.edge !== undefined)
    problem("view", "a view selects a node or a relation, not both");
  view.orgs?.forEach((key, i) => node(`view.orgs[${i}]`, key, "organisation"));
  view.themes?.forEach((key, i) => node(`view.themes[${i}]`, key, "theme"));
  if (view.lineage !== undefined) node("view.lineage", view.lineage, "document");
  if (view.path) {
    view.path.forEach((key, i) => node(`view.path[${i}]`, key));
    if (view.path[0] === view.path[1]) problem("view.path", "names the same node twice");
  }
  for (const end of ["from", "to"] as const) {
    const value = view[end];
    if (value !== undefined && !parseIsoDate(value))
      problem(`view.${end}`, `"${visibleText(value)}" is not a date (write 2012, 2012-06 or 2012-06-07)`);
  }
}

function quoteProblem(graph: DataGraph, cited: StoryQuote): string | undefined {
  if ((cited.node === undefined) === (cited.edge === undefined))
    return "must name exactly one node or one edge whose citation it quotes";
  const sources = cited.node !== undefined ? nodeSources(graph, cited.node) : edgeSources(graph, cited.edge!);
  if (!sources) return `names no ${cited.node !== undefined ? "node" : "relation"} of this dataset`;
  if (!sources.some((c) => c.quote.trim() === cited.quote))
    return "is not one of the quotes that node or relation cites; copy a quote of its citations word for word";
  return undefined;
}

const nodeSources = (graph: DataGraph, key: string) =>
  graph.hasNode(key) ? graph.getNodeAttribute(key, "sources") : undefined;
const edgeSources = (graph: DataGraph, key: string) =>
  graph.hasEdge(key) ? graph.getEdgeAttribute(key, "sources") : undefined;

export function checkStories(graph: DataGraph, stories: readonly Story[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  stories.forEach((story, s) => {
    if (ids.has(story.id))
      problems.push({
        where: storyPlace(story.id),
        field: `stories[${s}].id`,
        severity: "error",
        message: "another story has this id; links name a story by it",
      });
    ids.add(story.id);
    story.steps.forEach((step, i) => {
      const problem = (field: string, message: string) =>
        problems.push({ where: storyPlace(story.id, i), field, severity: "error", message });
      viewProblems(graph, step.view, problem);
      step.quotes.forEach((cited, q) => {
        const message = quoteProblem(graph, cited);
        if (message) problem(`quotes[${q}]`, message);
      });
    });
  });
  return problems;
}

/** The citation a story quote rests on (its source id with it), or undefined if it names none. */
export function citationOf(graph: DataGraph, cited: StoryQuote): { source: string; quote: string } | undefined {
  const sources = cited.node !== undefined ? nodeSources(graph, cited.node) : edgeSources(graph, cited.edge ?? "");
  return sources?.find((c) => c.quote.trim() === cited.quote);
}
