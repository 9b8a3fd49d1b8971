// What the colours and shapes mean, with how many of each the current filters keep.
import { useId, useMemo } from "react";

import { KIND_LABELS, KINDS } from "../../model";
import { countByKind } from "../../queries/filters";
import { useExplorer } from "../context";
import { useVisibleNodes } from "../hooks";
import { KindShape } from "../KindShape";

export function Legend() {
  const { graph } = useExplorer();
  const visible = useVisibleNodes();
  const id = useId();
  const totals = useMemo(() => countByKind(graph, null), [graph]);
  const shown = useMemo(() => countByKind(graph, visible), [graph, visible]);
  return (
    <section className="legend" aria-labelledby={id}>
      <h2 id={id} className="panel-heading">
        Legend
      </h2>
      <ul>
        {KINDS.filter((kind) => totals[kind] > 0 || kind !== "other").map((kind) => (
          <li key={kind} data-kind={kind}>
            <KindShape kind={kind} size={16} />
            <span className="legend-label">{KIND_LABELS[kind].many}</span>
            <span className="legend-count">{visible ? `${shown[kind]} of ${totals[kind]}` : totals[kind]}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">Arrows point from the actor or later document to what it acted on or built on.</p>
    </section>
  );
}
