// Everything the dataset says about one node: what it is, when and where, its relations as
// sentences, and the quotes that back it. Every string from the data is rendered as text.
import { useEffect, useId, useMemo, useRef } from "react";

import { formatDateRange, KIND_LABELS } from "../../model";
import { relationGroups } from "../../queries/describe";
import { AttributeTable } from "./AttributeTable";
import { Citations } from "./Citations";
import { CuratorNote } from "./CuratorNote";
import { useExplorer } from "../context";
import { KindShape } from "../KindShape";
import { RelationList } from "./RelationList";
import { TraceActions } from "../trace/TraceActions";
import { NodeEditActions } from "../edit/EditActions";

interface Props {
  nodeKey: string;
  onSelect: (key: string | null) => void;
  /** Move focus to the heading on mount, when the reader arrived here from inside the panel. */
  focusHeading: boolean;
  onFocused: () => void;
}

export function NodeDetails({ nodeKey, onSelect, focusHeading, onFocused }: Props) {
  const { graph } = useExplorer();
  const node = graph.getNodeAttributes(nodeKey);
  const groups = useMemo(() => relationGroups(graph, nodeKey), [graph, nodeKey]);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const dates = formatDateRange(node.start, node.end);

  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus();
    onFocused();
  }, [focusHeading, onFocused]);

  return (
    <article className="node-details" aria-labelledby={id}>
      <header className="details-header">
        <p className="details-kind">
          <KindShape kind={node.kind} size={16} />
          {KIND_LABELS[node.kind].one}
        </p>
        <h2 id={id} ref={heading} tabIndex={-1} className="details-title">
          {node.label}
        </h2>
        <button type="button" className="close-button" aria-label="Close details" onClick={() => onSelect(null)}>
          ×
        </button>
      </header>
      <dl className="facts">
        {node.aliases && node.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>
              <ul className="aliases">
                {node.aliases.map((alias) => (
                  <li key={alias}>{alias}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {dates && (
          <>
            <dt>{node.kind === "document" ? "Issued or adopted" : "When"}</dt>
            <dd>{dates}</dd>
          </>
        )}
        {node.place && (
          <>
            <dt>Where</dt>
            <dd>{node.place}</dd>
          </>
        )}
        {node.role && (
          <>
            <dt>Role</dt>
            <dd>{node.role}</dd>
          </>
        )}
      </dl>
      {node.description && <p className="description">{node.description}</p>}
      <CuratorNote note={node.note} />
      <AttributeTable extra={node.extra} />
      <TraceActions nodeKey={nodeKey} />
      <NodeEditActions nodeKey={nodeKey} />
      <h3>Relations</h3>
      <RelationList groups={groups} onSelect={onSelect} />
      <h3>Sources</h3>
      <Citations citations={node.sources} />
    </article>
  );
}
