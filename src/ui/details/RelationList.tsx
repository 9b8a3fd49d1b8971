// A node's relations, grouped under headings in a researcher's words ("Hosted by", "Built on
// by") and read as sentences. The other node's name links to it (and selects it); the quotes
// behind each relation fold out beneath it, and "Show this link" selects the relation itself.
import { KIND_LABELS } from "../../model";
import type { RelationGroup } from "../../queries/describe";
import { selectEdge } from "../../state/transitions";
import { Citations } from "./Citations";
import { useExplorer, useUpdateView } from "../context";
import { KindShape } from "../KindShape";
import { NodeLink } from "../NodeLink";

type Item = RelationGroup["items"][number];

interface SentenceProps {
  item: Item;
  /** "in": the other node is the sentence's subject (first); "out": its object (last). */
  direction: RelationGroup["direction"];
  onSelect: (key: string) => void;
}

function Sentence({ item, direction, onSelect }: SentenceProps) {
  const button = (
    <NodeLink
      nodeKey={item.other}
      onSelect={onSelect}
      title={`Show ${KIND_LABELS[item.otherKind].one.toLowerCase()}: ${item.otherLabel}`}
    >
      <KindShape kind={item.otherKind} size={12} />
      {item.otherLabel}
    </NodeLink>
  );
  const at = direction === "in" ? item.sentence.indexOf(item.otherLabel) : item.sentence.lastIndexOf(item.otherLabel);
  if (at < 0)
    return (
      <>
        {item.sentence}. {button}
      </>
    );
  return (
    <>
      {item.sentence.slice(0, at)}
      {button}
      {item.sentence.slice(at + item.otherLabel.length)}.
    </>
  );
}

export function RelationList({
  groups,
  onSelect,
}: {
  groups: readonly RelationGroup[];
  onSelect: (key: string) => void;
}) {
  const update = useUpdateView();
  const { edgeHeadingFocus } = useExplorer();
  const showEdge = (edge: string) => {
    edgeHeadingFocus.set(true);
    update((state) => selectEdge(state, edge));
  };
  if (!groups.length) return <p className="muted">No relations recorded.</p>;
  return (
    <div className="relations">
      {groups.map((group) => (
        <section key={`${group.direction}:${group.relation}`} className="relation-group">
          <h4>{group.heading}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.edge}>
                <p className="relation-sentence">
                  <Sentence item={item} direction={group.direction} onSelect={onSelect} />
                </p>
                {item.sources.length > 0 && (
                  <details className="evidence">
                    <summary>Evidence ({item.sources.length})</summary>
                    <Citations citations={item.sources} />
                  </details>
                )}
                <button
                  type="button"
                  className="link-button show-edge"
                  aria-label={`Show this link: ${item.sentence}`}
                  onClick={() => showEdge(item.edge)}
                >
                  Show this link
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
