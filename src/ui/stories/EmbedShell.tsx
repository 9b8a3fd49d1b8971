// `?embed=1`: the graph and the open story step's caption, for an <iframe> on another page. None of
// the explorer's chrome (header, panels, status line); one link opens the full explorer on this view.
import type { ReactNode } from "react";

import { findStory, goToStep } from "../../state/story-steps";
import { useExplorer, useUpdateView, useViewState } from "../context";

export const isEmbed = (search: string): boolean => new URLSearchParams(search).get("embed") === "1";

function explorerAddress(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete("embed");
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ""}`;
}

export function EmbedShell({ canvas }: { canvas: ReactNode }) {
  const { graph } = useExplorer();
  const state = useViewState();
  const update = useUpdateView();
  const story = findStory(graph, state.story);
  const step = story?.steps[state.step - 1];
  const go = (to: number) => story && update((s) => goToStep(s, graph, story.id, to));
  return (
    <div className="embed-shell">
      <main className="graph-area" aria-label="Graph">
        {canvas}
      </main>
      <footer className="embed-caption">
        {story && step ? (
          <>
            <p className="embed-story">
              {story.title} · Step {state.step} of {story.steps.length}
            </p>
            <p className="guide-caption">{step.caption}</p>
            <div className="embed-steps" role="group" aria-label="Story steps">
              <button type="button" className="button" disabled={state.step <= 1} onClick={() => go(state.step - 1)}>
                ← Previous
              </button>
              <button
                type="button"
                className="button"
                disabled={state.step >= story.steps.length}
                onClick={() => go(state.step + 1)}
              >
                Next →
              </button>
            </div>
          </>
        ) : (
          <p className="embed-story">{graph.getAttribute("title")}</p>
        )}
        <a className="embed-open" href={explorerAddress()} target="_blank" rel="noopener">
          Open in the explorer ↗
        </a>
      </footer>
    </div>
  );
}
