// Playing a guided story: a step is a whole view (what its `view` names, defaults for the rest),
// so stepping replaces the view, and Back, Forward and a link follow the steps like any other view.
import type { DataGraph, Story, StoryQuote, StoryView } from "../model";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

export function storiesOf(graph: DataGraph): readonly Story[] {
  return graph.getAttribute("stories") ?? [];
}

export function findStory(graph: DataGraph, id: string | null): Story | undefined {
  return id === null ? undefined : storiesOf(graph).find((s) => s.id === id);
}

/** The view a step's `view` describes, on top of the default view. */
export function viewOfStep(view: StoryView): Omit<ViewState, "story" | "step"> {
  const { story: _story, step: _step, ...base } = DEFAULT_VIEW;
  return {
    ...base,
    ...view,
    select: view.select ?? null,
    edge: view.edge ?? null,
    orgs: [...(view.orgs ?? [])],
    kinds: view.kinds ? [...view.kinds] : null,
    themes: [...(view.themes ?? [])],
    from: view.from ?? null,
    to: view.to ?? null,
    lineage: view.lineage ?? null,
    path: view.path ? [view.path[0], view.path[1]] : null,
  };
}

/** Step `step` (from 1, clamped to the story) of the story `id`; the state itself if there is no such story. */
export function goToStep(state: ViewState, graph: DataGraph, id: string, step: number): ViewState {
  const story = findStory(graph, id);
  if (!story) return state;
  const n = Math.min(Math.max(1, Math.round(step)), story.steps.length);
  return { ...viewOfStep(story.steps[n - 1]!.view), source: null, view: "graph", story: id, step: n };
}

/** Whether the view is still the one its story step shows (the reader has not wandered off). */
export function isAtStep(state: ViewState, graph: DataGraph): boolean {
  const story = findStory(graph, state.story);
  const step = story?.steps[state.step - 1];
  if (!step) return false;
  const { story: _s, step: _n, ...view } = state;
  return (
    JSON.stringify({ ...view, source: null, view: "graph" }) ===
    JSON.stringify({ ...viewOfStep(step.view), source: null, view: "graph" })
  );
}

/** Leaves the story; the view it showed stays. */
export const closeStory = (state: ViewState): ViewState =>
  state.story === null ? state : { ...state, story: null, step: 1 };

/** The story-step view of a view: what a link holds, without the defaults (and without story or search). */
export function storyViewOf(state: ViewState): StoryView {
  const view: StoryView = {};
  if (state.select !== null) view.select = state.select;
  if (state.edge !== null) view.edge = state.edge;
  if (state.orgs.length) view.orgs = [...state.orgs];
  if (state.kinds !== null) view.kinds = [...state.kinds];
  if (state.themes.length) view.themes = [...state.themes];
  if (state.from !== null) view.from = state.from;
  if (state.to !== null) view.to = state.to;
  if (state.undated !== DEFAULT_VIEW.undated) view.undated = state.undated;
  if (state.fade !== DEFAULT_VIEW.fade) view.fade = state.fade;
  if (state.lineage !== null) view.lineage = state.lineage;
  if (state.path !== null) view.path = [state.path[0], state.path[1]];
  if (state.timely !== DEFAULT_VIEW.timely) view.timely = state.timely;
  if (state.layout !== DEFAULT_VIEW.layout) view.layout = state.layout;
  return view;
}

/** The quotes a step made of this view could rest on: the citations of what it selects or traces. */
export function quotesOfView(graph: DataGraph, state: ViewState): StoryQuote[] {
  const out: StoryQuote[] = [];
  for (const node of [state.select, state.lineage, ...(state.path ?? [])])
    if (node !== null && graph.hasNode(node))
      for (const c of graph.getNodeAttribute(node, "sources")) out.push({ node, quote: c.quote });
  if (state.edge !== null && graph.hasEdge(state.edge))
    for (const c of graph.getEdgeAttribute(state.edge, "sources")) out.push({ edge: state.edge, quote: c.quote });
  return out.filter(
    (q, i) => out.findIndex((o) => o.node === q.node && o.edge === q.edge && o.quote === q.quote) === i,
  );
}
