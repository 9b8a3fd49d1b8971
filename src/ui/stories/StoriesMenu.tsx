// "Stories": the dataset's guided stories, each opened at its first step.
import { useRef } from "react";

import { goToStep, storiesOf } from "../../state/story-steps";
import { useExplorer, useUpdateView } from "../context";

export function StoriesMenu() {
  const { graph } = useExplorer();
  const update = useUpdateView();
  const menu = useRef<HTMLDetailsElement>(null);
  const stories = storiesOf(graph);
  if (!stories.length) return null;
  return (
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
                if (menu.current) menu.current.open = false;
              }}
            >
              <span className="guide-open-title">{story.title}</span>
              <span className="guide-open-steps">{story.steps.length} steps</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
