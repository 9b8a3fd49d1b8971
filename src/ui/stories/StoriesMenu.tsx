// "Stories": the dataset's guided stories, each opened at its first step, and the story maker.
import { useRef, useState } from "react";

import { goToStep, storiesOf } from "../../state/story-steps";
import { useExplorer, useUpdateView } from "../context";
import { StoryMaker } from "./StoryMaker";

export function StoriesMenu() {
  const { graph } = useExplorer();
  const update = useUpdateView();
  const menu = useRef<HTMLDetailsElement>(null);
  const [making, setMaking] = useState(false);
  const stories = storiesOf(graph);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <>
      <details className="guides-menu" ref={menu}>
        <summary className="button">Stories ▾</summary>
        <ul className="guides-list">
          {stories.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                className="guide-open"
                onClick={() => {
                  update((s) => goToStep(s, graph, story.id, 1));
                  close();
                }}
              >
                <span className="guide-open-title">{story.title}</span>
                <span className="guide-open-steps">{story.steps.length} steps</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="guide-open"
              onClick={() => {
                setMaking(true);
                close();
              }}
            >
              <span className="guide-open-title">Make a story from this session…</span>
            </button>
          </li>
        </ul>
      </details>
      {making && <StoryMaker onClose={() => setMaking(false)} />}
    </>
  );
}
