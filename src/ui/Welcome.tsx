// What a first-time reader sees before selecting anything: what the graph is about and a way in.
import { useExplorer } from "./context";
import { useSelect } from "./hooks";

const START = "rome-memorandum";

export function Welcome() {
  const { graph } = useExplorer();
  const select = useSelect();
  const { title, description } = graph.getAttributes();
  return (
    <div className="welcome">
      <h2 className="details-title">{title}</h2>
      {description && <p>{description}</p>}
      <p>
        Each shape is an event, organisation, person, document or theme; each line is a relation backed by a quoted
        source. Search for a name, or click a node, to read what is known about it and where that comes from.
      </p>
      {graph.hasNode(START) && (
        <button type="button" className="button button-primary" onClick={() => select(START)}>
          Start with the {graph.getNodeAttribute(START, "label")}
        </button>
      )}
    </div>
  );
}
