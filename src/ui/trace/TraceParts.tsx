// Pieces the lineage and connections panels share: a node named as a link with its kind's shape,
// the evidence for a step (first quote shown, the rest folded), and where a step happened and who
// carried it.
import { formatDateRange, KIND_LABELS, relationSpec, type Citation } from "../../model";
import type { LineageCarrier, LineageEvent } from "../../queries/lineage";
import { shortName, shortTitle } from "../../queries/lineage-story";
import { Citations } from "../details/Citations";
import { useExplorer } from "../context";
import { useSelect } from "../hooks";
import { KindShape } from "../KindShape";
import { NodeLink } from "../NodeLink";

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
  // Event names often carry their date already ("… (June 2012)"): it is then not repeated.
  const when =
    dated && !(a.start && a.label.includes(a.start.slice(0, 4))) ? formatDateRange(a.start, a.end) : undefined;
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

const SHOWN_CARRIERS = 5;

function Carrier({ carrier }: { carrier: LineageCarrier }) {
  const { graph } = useExplorer();
  return (
    <li title={`${carrier.sentence}.`}>
      <NodeName nodeKey={carrier.key} short />
      <span className="story-role">
        {" "}
        {relationSpec(carrier.relation).label.toLowerCase()}
        {carrier.via && ` ${shortTitle(graph.getNodeAttribute(carrier.via, "label"))}`}
      </span>
    </li>
  );
}

export function StepContext({
  events,
  carriers,
}: {
  events: readonly LineageEvent[];
  carriers: readonly LineageCarrier[];
}) {
  const shown = carriers.slice(0, SHOWN_CARRIERS);
  const more = carriers.slice(SHOWN_CARRIERS);
  // A document linked to one event twice ("produced after", "considered at") names it once.
  const places = new Map<string, string[]>();
  for (const e of events) places.set(e.event, [...(places.get(e.event) ?? []), `${e.sentence}.`]);
  return (
    <>
      {places.size > 0 && (
        <div className="story-context">
          <h4>Where</h4>
          <ul className="story-events">
            {[...places].map(([event, sentences]) => (
              <li key={event} title={sentences.join(" ")}>
                <NodeName nodeKey={event} dated />
              </li>
            ))}
          </ul>
        </div>
      )}
      {carriers.length > 0 && (
        <div className="story-context">
          <h4>Carried by</h4>
          <ul className="story-carriers">
            {shown.map((c) => (
              <Carrier key={c.key} carrier={c} />
            ))}
          </ul>
          {more.length > 0 && (
            <details className="evidence">
              <summary>{more.length} more</summary>
              <ul className="story-carriers">
                {more.map((c) => (
                  <Carrier key={c.key} carrier={c} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </>
  );
}
