// What a first-time reader sees before selecting anything: what the graph is about and a way in.
// On a phone it sits in the sheet under the canvas, so it keeps to the description and the two
// ways in (details.css): the shapes are explained by the legend in the Filters drawer.
import { selectNode, setLineage } from "../../state/transitions";
import { useExplorer, useUpdateView } from "../context";
import { useSelect } from "../hooks";

const START = "rome-memorandum";

export function Welcome() {
  const { graph } = useExplorer();
  const select = useSelect();
  const update = useUpdateView();
  const { title, description } = graph.getAttributes();
  return (
    <div className="welcome">
      <h2 className="details-title">{title}</h2>
      {description && <p>{description}</p>}
      <p className="welcome-help">
        Each shape is an event, organisation, person, document or theme; each line is a relation backed by a quoted
        source. Search for a name, or click a node, to read what is known about it and where that comes from.
      </p>
      {graph.hasNode(START) && (
        <div className="story-buttons">
          <button type="button" className="button button-primary" onClick={() => select(START)}>
            Start with the {graph.getNodeAttribute(START, "label")}
          </button>
          {graph.getNodeAttribute(START, "kind") === "document" && (
            <button
              type="button"
              className="button"
              onClick={() => update((state) => setLineage(selectNode(state, START), START))}
            >
              Trace how it came about
            </button>
          )}
        </div>
      )}
    </div>
  );
}
