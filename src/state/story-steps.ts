// Playing a guided story: a step is a whole view (what its `view` names, defaults for the rest),
// so stepping replaces the view, and Back, Forward and a link follow the steps like any other view.
import type { DataGraph, Story, StoryView } from "../model";
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
