// Title, one-line description and a first step for a reader who has never seen the graph.
import { useExplorer } from "../ui/context";

export const START_NODE = "rome-memorandum";

export function Header() {
  const { graph, view } = useExplorer();
  const { title, description } = graph.getAttributes();
  const start = graph.hasNode(START_NODE) ? graph.getNodeAttribute(START_NODE, "label") : null;
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{title}</h1>
        {description && <p className="app-description">{description}</p>}
      </div>
      {start && (
        <button
          type="button"
          className="start-hint"
          onClick={() => view.set((state) => ({ ...state, select: START_NODE }))}
        >
          Start with the {start}
        </button>
      )}
    </header>
  );
}
