// One document of a lineage on the vertical timeline: its date, its name, how it came from the
// document before (one sentence, the quote, where it happened and who carried it), and, at a
// branch point, the documents that build on it. The card is indented by its branch's lane.
import type { CSSProperties } from "react";

import type { StoryCard } from "../../queries/lineage-story";
import { useExplorer } from "../context";
import { Evidence, NodeName, StepContext } from "./TraceParts";

const MAX_INDENT = 3;

export function LineageCard({ card }: { card: StoryCard }) {
  const { graph } = useExplorer();
  const start = graph.getNodeAttribute(card.key, "start");
  const lane = Math.min(card.lane, MAX_INDENT);
  return (
    <li
      className={`lineage-step lane-${lane}${card.isRoot ? " is-root" : ""}`}
      style={{ "--lane": lane } as CSSProperties}
      data-key={card.key}
    >
      <span className="lineage-dot" aria-hidden="true" />
      <p className="lineage-date">
        {start ? <time dateTime={start}>{card.date}</time> : <span className="lineage-undated">{card.date}</span>}
        {card.isRoot && <span className="lineage-badge">Traced from here</span>}
      </p>
      <h3 className="lineage-title">
        <NodeName nodeKey={card.key} />
      </h3>
      {card.dateNote && <p className="story-note">{card.dateNote}</p>}
      {card.inCycle && <p className="story-note">Part of a lineage cycle (see above).</p>}
      {card.continuesFrom && (
        <p className="lineage-branch-from">
          <span aria-hidden="true">↳ </span>A branch from {card.continuesFrom.label}
        </p>
      )}
      {card.arrivals.map((arrival) => (
        <section key={arrival.from} className="lineage-arrival" aria-label={`From ${arrival.fromLabel}`}>
          <p className="step-sentence">{arrival.sentence}.</p>
          {arrival.relations.map((r, i) =>
            i === 0 ? (
              <Evidence key={r.edge} citations={r.sources} />
            ) : (
              <details key={r.edge} className="evidence">
                <summary>Also: {r.sentence}</summary>
                <Evidence citations={r.sources} />
              </details>
            ),
          )}
          <StepContext events={arrival.events} carriers={arrival.carriers} />
        </section>
      ))}
      {card.origin && <StepContext events={card.origin.events} carriers={card.origin.carriers} />}
      {card.branches.length > 0 && (
        <p className="lineage-branches">
          Branches here: {card.branches.length} documents build on it, each in its own lane below.
        </p>
      )}
    </li>
  );
}
