// What the dataset says about one relation: the sentence it reads as ("ICCT hosted the Hague
// conference"), the relation's name and date, both ends as links, and the quotes that back it.
// Every string from the data is rendered as text.
import { useEffect, useId, useRef } from "react";

import { formatDateRange, KIND_LABELS, relationSpec } from "../../model";
import { edgeSentence } from "../../queries/describe";
import { AttributeTable } from "./AttributeTable";
import { Citations } from "./Citations";
import { CuratorNote } from "./CuratorNote";
import { EdgeEditActions } from "../edit/EditActions";
import { useExplorer } from "../context";
import { KindShape } from "../KindShape";
import { NodeLink } from "../NodeLink";

interface Props {
  edgeKey: string;
  onSelect: (key: string | null) => void;
  onClose: () => void;
}

function End({ nodeKey, onSelect }: { nodeKey: string; onSelect: (key: string) => void }) {
  const { graph } = useExplorer();
  const { kind, label } = graph.getNodeAttributes(nodeKey);
  return (
    <NodeLink nodeKey={nodeKey} onSelect={onSelect} title={`Show ${KIND_LABELS[kind].one.toLowerCase()}: ${label}`}>
      <KindShape kind={kind} size={12} />
      {label}
    </NodeLink>
  );
}

export function EdgeDetails({ edgeKey, onSelect, onClose }: Props) {
  const { graph, edgeHeadingFocus } = useExplorer();
  const edge = graph.getEdgeAttributes(edgeKey);
  const [source, target] = graph.extremities(edgeKey);
  const spec = relationSpec(edge.relation);
  const date = formatDateRange(edge.start, undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  // Asked for by a "Show this link" button just before the panel switched to the relation, so the
  // reader's focus follows them to it instead of falling back to the page.
  useEffect(() => {
    if (!edgeHeadingFocus.get()) return;
    edgeHeadingFocus.set(false);
    heading.current?.focus();
  }, [edgeHeadingFocus]);

  return (
    <article className="node-details edge-details" aria-labelledby={id}>
      <header className="details-header">
        <p className="details-kind">Relation</p>
        <h2 id={id} ref={heading} tabIndex={-1} className="details-title">
          {edgeSentence(graph, edgeKey)}
        </h2>
        <button type="button" className="close-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>Relation</dt>
        <dd>
          {spec.label}
          {edge.label && edge.label !== spec.label && <> ({edge.label})</>}
        </dd>
        {date && (
          <>
            <dt>When</dt>
            <dd>{date}</dd>
          </>
        )}
        {edge.weight !== undefined && (
          <>
            <dt>Weight</dt>
            <dd>{edge.weight.toLocaleString("en")}</dd>
          </>
        )}
        <dt>From</dt>
        <dd>
          <End nodeKey={source} onSelect={onSelect} />
        </dd>
        <dt>To</dt>
        <dd>
          <End nodeKey={target} onSelect={onSelect} />
        </dd>
      </dl>
      <CuratorNote note={edge.note} />
      <AttributeTable extra={edge.extra} />
      <EdgeEditActions edgeKey={edgeKey} sentence={edgeSentence(graph, edgeKey)} />
      <h3>Sources</h3>
      {edge.sources.length ? (
        <Citations citations={edge.sources} />
      ) : (
        <p className="muted">No quoted source for this relation.</p>
      )}
    </article>
  );
}
