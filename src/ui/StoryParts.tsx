// Pieces the lineage and connections panels share: a node named as a link with its kind's shape,
// the evidence for a step (first quote shown, the rest folded), and where a step happened and who
// carried it.
import { formatDateRange, KIND_LABELS, relationSpec, type Citation } from "../model";
import type { LineageCarrier, LineageEvent } from "../queries/lineage";
import { shortName } from "../queries/lineage-story";
import { Citations } from "./Citations";
import { useExplorer } from "./context";
import { useSelect } from "./hooks";
import { KindShape } from "./KindShape";
import { NodeLink } from "./NodeLink";

export function NodeName({
  nodeKey,
  short = false,
  dated = false,
}: {
  nodeKey: string;
  short?: boolean;
  dated?: boolean;
}) {
  const { graph } = useExplorer();
  const select = useSelect();
  const a = graph.getNodeAttributes(nodeKey);
  const when = dated ? formatDateRange(a.start, a.end) : undefined;
  return (
    <>
      <NodeLink nodeKey={nodeKey} onSelect={select} title={`Show ${KIND_LABELS[a.kind].one.toLowerCase()}: ${a.label}`}>
        <KindShape kind={a.kind} size={12} />
        {short ? shortName(a.label) : a.label}
      </NodeLink>
      {when && <span className="story-when"> · {when}</span>}
    </>
  );
}

/** Each distinct quote once, in order. */
function distinct(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(`${c.source}\u0000${c.quote}`) && seen.add(`${c.source}\u0000${c.quote}`));
}

export function Evidence({ citations }: { citations: readonly Citation[] }) {
  const all = distinct(citations);
  if (!all.length) return <p className="story-missing">No quote recorded for this step.</p>;
  return (
    <div className="story-evidence">
      <Citations citations={all.slice(0, 1)} />
      {all.length > 1 && (
        <details className="evidence">
          <summary>More evidence ({all.length - 1})</summary>
          <Citations citations={all.slice(1)} />
        </details>
      )}
    </div>
  );
}

export function StepContext({
  events,
  carriers,
}: {
  events: readonly LineageEvent[];
  carriers: readonly LineageCarrier[];
}) {
  const { graph } = useExplorer();
  return (
    <>
      {events.length > 0 && (
        <div className="story-context">
          <h4>Where</h4>
          <ul className="story-events">
            {events.map((e) => (
              <li key={e.event} title={`${e.sentence}.`}>
                <NodeName nodeKey={e.event} dated />
              </li>
            ))}
          </ul>
        </div>
      )}
      {carriers.length > 0 && (
        <div className="story-context">
          <h4>Carried by</h4>
          <ul className="story-carriers">
            {carriers.map((c) => (
              <li key={c.key} title={`${c.sentence}.`}>
                <NodeName nodeKey={c.key} short />
                <span className="story-role">
                  {" "}
                  {relationSpec(c.relation).label.toLowerCase()}
                  {c.via && ` ${shortName(graph.getNodeAttribute(c.via, "label"))}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
