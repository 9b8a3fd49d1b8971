// The open story beside the graph: the step's caption and the quotes it rests on, the buttons
// (and arrow keys) that step through it, the list of steps, and the ways to show it: full screen
// for a projector, an embed snippet for a web page, print for a report.
import { findStory, goToStep, isAtStep, closeStory } from "../../state/story-steps";
import { useExplorer, useStore, useUpdateView, useViewState } from "../context";
import { EmbedButton } from "./EmbedButton";
import { OutputButtons } from "./OutputButtons";
import { presenting, startPresenting, stopPresenting } from "./presenting";
import { StoryQuotes } from "./StoryQuotes";

export function StoryPanel() {
  const { graph } = useExplorer();
  const state = useViewState();
  const update = useUpdateView();
  const present = useStore(presenting);
  const story = findStory(graph, state.story);
  if (!story) return null;
  const n = state.step;
  const step = story.steps[n - 1];
  if (!step) return null;
  const go = (to: number) => update((s) => goToStep(s, graph, story.id, to));
  const last = story.steps.length;
  return (
    <aside className={`details-panel guide-panel${present ? " is-presenting" : ""}`} aria-label="Story">
      <p className="guide-kicker">
        Story ·{" "}
        <span className="guide-count">
          Step {n} of {last}
        </span>
      </p>
      <h2 className="guide-title">{story.title}</h2>
      <p className="guide-caption" aria-live="polite">
        {step.caption}
      </p>
      {!isAtStep(state, graph) && (
        <button type="button" className="button guide-return" onClick={() => go(n)}>
          Back to step {n}&rsquo;s view
        </button>
      )}
      <div className="guide-controls" role="group" aria-label="Story steps">
        <button type="button" className="button" disabled={n <= 1} onClick={() => go(n - 1)}>
          ← Previous
        </button>
        <button type="button" className="button" disabled={n >= last} onClick={() => go(n + 1)}>
          Next →
        </button>
        {present && (
          <button type="button" className="button" onClick={stopPresenting}>
            Exit presentation
          </button>
        )}
      </div>
      <h3 className="guide-quotes-heading">What the caption rests on</h3>
      <StoryQuotes quotes={step.quotes} />
      {!present && (
        <>
          <div className="guide-actions" role="group" aria-label="Show this story">
            <button type="button" className="button" onClick={startPresenting}>
              Present
            </button>
            <EmbedButton />
            <button type="button" className="button" onClick={() => update(closeStory)}>
              Close story
            </button>
          </div>
          <OutputButtons />
          <h3 className="guide-steps-heading">Steps</h3>
          <ol className="guide-steps">
            {story.steps.map((s, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="guide-step-link"
                  aria-current={i + 1 === n ? "step" : undefined}
                  onClick={() => go(i + 1)}
                >
                  {s.caption}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
