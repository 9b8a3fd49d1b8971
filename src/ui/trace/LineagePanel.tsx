// The lineage of a document told as a vertical timeline, earliest first: one card per document
// (LineageCard), branches indented in their own lanes, and undated documents and cycles reported
// in words above the timeline. Closing it returns to the details of the selection.
import { useEffect, useId, useMemo, useRef } from "react";

import { cachedLineage } from "../../queries/cached";
import { lineageStory } from "../../queries/lineage-story";
import { setLineage } from "../../state/transitions";
import { useExplorer, useUpdateView } from "../context";
import { LineageCard } from "./LineageCard";
import "./trace.css";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function LineagePanel({ docKey, focusHeading }: { docKey: string; focusHeading: boolean }) {
  const { graph } = useExplorer();
  const update = useUpdateView();
  const lin = useMemo(() => cachedLineage(graph, docKey), [graph, docKey]);
  const story = useMemo(() => lineageStory(graph, lin), [graph, lin]);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const label = graph.getNodeAttribute(docKey, "label");

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, docKey]);

  const before = lin.ancestors.length;
  const after = lin.descendants.length;
  const came = before ? `It came from ${plural(before, "earlier document")}` : "It starts this lineage";
  const went = after ? `${plural(after, "later document")} came from it` : "no later document came from it";
  const summary =
    before + after === 0
      ? "No lineage relation links this document to another one in the data."
      : `${plural(story.length, "document")} in this lineage, earliest first. ${came}; ${went}.`;

  return (
    <article className="story-panel lineage-panel" aria-labelledby={id}>
      <header className="details-header">
        <p className="details-kind">Lineage</p>
        <h2 id={id} ref={heading} tabIndex={-1} className="details-title">
          {label}
        </h2>
        <button
          type="button"
          className="close-button"
          aria-label="Close lineage"
          title="Close lineage"
          onClick={() => update((state) => setLineage(state, null))}
        >
          ×
        </button>
      </header>
      <p className="story-summary">{summary}</p>
      {lin.problems.length > 0 && (
        <ul className="story-problems" aria-label="Gaps in this lineage">
          {lin.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <ol className="lineage-timeline" aria-label="Documents in date order">
        {story.map((card) => (
          <LineageCard key={card.key} card={card} />
        ))}
      </ol>
    </article>
  );
}
