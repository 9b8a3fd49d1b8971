// The facts one cited passage supports, as a live list: nodes by name, relations as sentences.
// Each is a button that selects it in the graph (a relation selects the node it starts from).
import { KIND_LABELS } from "../../model";
import type { Passage } from "../../queries/source-passages";
import { useExplorer } from "../context";

interface Props {
  passage: Passage | null;
  onSelect: (key: string) => void;
}

export function PassageFacts({ passage, onSelect }: Props) {
  const { graph } = useExplorer();
  return (
    <div className="passage-facts" aria-live="polite">
      {!passage && <p className="muted passage-facts-title">Point at a marked passage to see the facts it supports.</p>}
      {passage && (
        <>
          <p className="passage-facts-title">This passage supports:</p>
          <ul>
            {passage.facts.map((fact) => (
              <li key={`${fact.type}:${fact.key}`}>
                {fact.type === "node" ? (
                  <button type="button" className="link-button" onClick={() => onSelect(fact.key)}>
                    {fact.label}
                    <span className="muted">
                      {" "}
                      ({KIND_LABELS[graph.getNodeAttribute(fact.key, "kind")].one.toLowerCase()})
                    </span>
                  </button>
                ) : (
                  <button type="button" className="link-button" onClick={() => onSelect(fact.source)}>
                    {fact.sentence}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
