// A story step in the address bar: `story=<id>&step=N` opens that step's view; the view it shows
// is written out in full, so Back, Forward and a copied link all land on the same step.
import { describe, expect, it } from "vitest";

import { datasetVersion } from "../../src/queries/version";
import { goToStep, isAtStep } from "../../src/state/story-steps";
import { parseViewUrl, serialiseViewUrl } from "../../src/state/url";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { realGraph } from "../fixtures/graphs";

const graph = realGraph();
const version = datasetVersion({ nodes: graph.nodes() });
const ctx = { graph, version };
const story = graph.getAttribute("stories")![0]!;

describe("story links", () => {
  it("opens the step's own view from story and step alone", () => {
    story.steps.forEach((step, i) => {
      const { state, notices } = parseViewUrl(`?story=${story.id}&step=${i + 1}`, ctx);
      expect(notices).toEqual([]);
      expect(state.story).toBe(story.id);
      expect(state.step).toBe(i + 1);
      expect(state.select).toBe(step.view.select ?? null);
      expect(state.lineage).toBe(step.view.lineage ?? null);
      expect(state.orgs).toEqual(step.view.orgs ?? []);
      expect(isAtStep(state, graph)).toBe(true);
    });
  });

  it("round-trips every step through its canonical link", () => {
    for (let n = 1; n <= story.steps.length; n++) {
      const state = goToStep(DEFAULT_VIEW, graph, story.id, n);
      const link = serialiseViewUrl(state, version);
      expect(link).toContain(`story=${story.id}&step=${n}`);
      expect(parseViewUrl(link, ctx)).toEqual({ state, notices: [] });
    }
  });

  it("keeps what the reader changed at a step: the link's own view wins", () => {
    const { state } = parseViewUrl(`?select=icct&story=${story.id}&step=2`, ctx);
    expect(state.select).toBe("icct");
    expect(state.step).toBe(2);
    expect(isAtStep(state, graph)).toBe(false);
  });

  it("gives a notice for an unknown story or a step out of range, and opens no story", () => {
    const unknown = parseViewUrl("?story=nope&step=2", ctx);
    expect(unknown.state).toEqual(DEFAULT_VIEW);
    expect(unknown.notices.map((n) => n.message)).toEqual([
      'No story "nope" in this dataset; no story was opened.',
      '"step=2" is not a step (no story is open); it was ignored.',
    ]);
    const far = parseViewUrl(`?story=${story.id}&step=99`, ctx);
    expect(far.state.step).toBe(1);
    expect(far.notices.map((n) => n.message)).toEqual([
      `"step=99" is not a step (this story has steps 1 to ${story.steps.length}); it was ignored.`,
    ]);
  });

  it("clamps a step number to the story and leaves the state alone for an unknown story", () => {
    expect(goToStep(DEFAULT_VIEW, graph, story.id, 0).step).toBe(1);
    expect(goToStep(DEFAULT_VIEW, graph, story.id, 1000).step).toBe(story.steps.length);
    expect(goToStep(DEFAULT_VIEW, graph, "nope", 2)).toBe(DEFAULT_VIEW);
  });
});
