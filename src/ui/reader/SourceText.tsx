// A source's text with every cited passage marked. The text is rendered as text (paragraphs and
// headings cut from its Markdown; no markup is interpreted). Each passage can be pointed at or
// reached with Tab; pointing names the facts it supports (its title, which screen readers give
// as its description), choosing it selects them.
import { Fragment, type KeyboardEvent, useMemo } from "react";

import { blocks, markupSpans, type Passage, runs } from "../../queries/source-passages";

interface Props {
  text: string;
  passages: readonly Passage[];
  active: number | null;
  onPoint: (id: number | null) => void;
  onChoose: (id: number) => void;
}

export const passageDomId = (id: number) => `source-passage-${id}`;

function factNames(p: Passage): string {
  return p.facts.map((f) => (f.type === "node" ? f.label : f.sentence)).join("; ");
}

/** The innermost (shortest) passage of those covering a run: the most specific evidence. */
function innermost(ids: readonly number[], passages: readonly Passage[]): number {
  return ids.reduce((best, id) => {
    const [a, b] = [passages[id]!, passages[best]!];
    return a.end - a.start < b.end - b.start ? id : best;
  });
}

export function SourceText({ text, passages, active, onPoint, onChoose }: Props) {
  const parts = useMemo(() => {
    const hidden = markupSpans(text);
    return blocks(text).map((b) => ({ block: b, runs: runs(passages, b.start, b.end, hidden) }));
  }, [text, passages]);
  const seen = new Set<number>();
  const keyed = (id: number) => (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onChoose(id);
  };
  return (
    <div className="source-text">
      {parts.map(({ block, runs: cut }) => {
        if (block.kind === "rule") return <hr key={block.start} />;
        const body = cut.map((run) => {
          const chunk = text.slice(run.start, run.end);
          if (!run.passages.length) return <Fragment key={run.start}>{chunk}</Fragment>;
          const id = innermost(run.passages, passages);
          const passage = passages[id]!;
          const first = !seen.has(id);
          seen.add(id);
          return (
            <mark
              key={run.start}
              id={first ? passageDomId(id) : undefined}
              className={run.passages.includes(active ?? -1) ? "passage is-active" : "passage"}
              title={`Supports: ${factNames(passage)}`}
              role={first ? "button" : undefined}
              tabIndex={first ? 0 : undefined}
              onMouseEnter={() => onPoint(id)}
              onMouseLeave={() => onPoint(null)}
              onFocus={() => onPoint(id)}
              onBlur={() => onPoint(null)}
              onClick={() => onChoose(id)}
              onKeyDown={first ? keyed(id) : undefined}
            >
              {chunk}
            </mark>
          );
        });
        return block.kind === "heading" ? <h3 key={block.start}>{body}</h3> : <p key={block.start}>{body}</p>;
      })}
    </div>
  );
}
