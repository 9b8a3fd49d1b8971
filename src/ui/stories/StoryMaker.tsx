// Making a story from the session: add the view on screen as a step, pick the quotes its caption
// rests on (the citations of what the view selects or traces), write the caption, reorder. The
// story is kept in the dataset: "Download the dataset with this story" writes the data-contract
// JSON with it added, checked by the same rules as `npm run validate`; open that file to play it.
import { useState } from "react";

import { checkStories, formatProblem, type Story, type StoryQuote, type StoryView } from "../../model";
import { quotesOfView, storiesOf, storyViewOf } from "../../state/story-steps";
import { useExplorer, useViewState } from "../context";
import { download } from "../files/download";

interface DraftStep {
  view: StoryView;
  caption: string;
  /** Every quote the view offered, and whether the caption rests on it. */
  offered: { quote: StoryQuote; chosen: boolean }[];
}

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
};

export function StoryMaker({ onClose }: { onClose: () => void }) {
  const { graph } = useExplorer();
  const state = useViewState();
  const [title, setTitle] = useState("");
  const [steps, setSteps] = useState<DraftStep[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (i: number, change: Partial<DraftStep>) =>
    setSteps((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));

  const add = () =>
    setSteps((all) => [
      ...all,
      {
        view: storyViewOf(state),
        caption: "",
        offered: quotesOfView(graph, state).map((quote) => ({ quote, chosen: false })),
      },
    ]);

  const save = async () => {
    const story: Story = {
      id: `story-${storiesOf(graph).length + 1}`,
      title: title.trim() || "Untitled story",
      steps: steps.map((s) => ({
        view: s.view,
        caption: s.caption.trim(),
        quotes: s.offered.filter((o) => o.chosen).map((o) => o.quote),
      })),
    };
    const found = checkStories(graph, [story]).map(formatProblem);
    story.steps.forEach((s, i) => {
      if (!s.caption) found.push(`step ${i + 1}: write a caption`);
      if (!s.quotes.length) found.push(`step ${i + 1}: choose at least one quote the caption rests on`);
    });
    setProblems(found);
    if (found.length) return;
    const { toContractJson } = await import("../../io/export-json");
    const json = toContractJson(graph);
    json.attributes = { ...json.attributes, stories: [...storiesOf(graph), story] };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    download(new Blob([text], { type: "application/json" }), `${String(graph.getAttribute("id"))}.json`);
  };

  return (
    <section className="guide-maker" aria-label="Make a story">
      <h2>Make a story</h2>
      <label className="guide-maker-title">
        Title <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <ol className="guide-maker-steps">
        {steps.map((step, i) => (
          <li key={i}>
            <p className="guide-maker-view">
              {Object.entries(step.view)
                .map(([k, v]) => `${k}=${String(v)}`)
                .join(" · ") || "the whole graph"}
            </p>
            <label>
              Caption of step {i + 1}
              <textarea rows={3} value={step.caption} onChange={(e) => set(i, { caption: e.target.value })} />
            </label>
            {step.offered.length ? (
              <fieldset>
                <legend>It rests on</legend>
                {step.offered.map((o, q) => (
                  <label key={q} className="guide-maker-quote">
                    <input
                      type="checkbox"
                      checked={o.chosen}
                      onChange={(e) =>
                        set(i, {
                          offered: step.offered.map((x, y) => (y === q ? { ...x, chosen: e.target.checked } : x)),
                        })
                      }
                    />{" "}
                    {o.quote.quote}
                  </label>
                ))}
              </fieldset>
            ) : (
              <p className="muted">
                This view selects nothing, so it offers no quotes: select what the caption is about, and add it again.
              </p>
            )}
            <div className="guide-maker-buttons">
              <button
                type="button"
                className="button"
                disabled={i === 0}
                onClick={() => setSteps((all) => move(all, i, i - 1))}
              >
                Up
              </button>
              <button
                type="button"
                className="button"
                disabled={i === steps.length - 1}
                onClick={() => setSteps((all) => move(all, i, i + 1))}
              >
                Down
              </button>
              <button type="button" className="button" onClick={() => setSteps((all) => all.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="guide-maker-buttons">
        <button type="button" className="button" onClick={add}>
          Add the current view as a step
        </button>
        <button type="button" className="button" disabled={!steps.length} onClick={() => void save()}>
          Download the dataset with this story
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="guide-maker-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
