// What the colours and shapes mean, with how many of each the current filters keep. A file with no
// kinds (every node "other") gets a partition instead of empty kinds: colour by any attribute it
// carried, each value with its colour and count, as Gephi's appearance panel does.
import { useId, useMemo } from "react";

import { GENERIC_KIND, KIND_LABELS, KINDS } from "../../model";
import { countByKind } from "../../queries/filters";
import { cachedPartition } from "../../queries/cached";
import { partitionAttributes } from "../../queries/partition";
import type { Store } from "../../state/store";
import { useExplorer, useStore } from "../context";
import { useVisibleNodes } from "../hooks";
import { KindShape } from "../KindShape";

export function Legend() {
  const { graph, colourBy } = useExplorer();
  const visible = useVisibleNodes();
  const id = useId();
  const totals = useMemo(() => countByKind(graph, null), [graph]);
  const shown = useMemo(() => countByKind(graph, visible), [graph, visible]);
  const kindless = totals[GENERIC_KIND] === graph.order && graph.order > 0;
  return (
    <section className="legend" aria-labelledby={id}>
      <h2 id={id} className="panel-heading">
        Legend
      </h2>
      {kindless ? (
        <PartitionLegend colourBy={colourBy} visible={visible} />
      ) : (
        <ul>
          {KINDS.filter((kind) => totals[kind] > 0 || kind !== GENERIC_KIND).map((kind) => (
            <li key={kind} data-kind={kind}>
              <KindShape kind={kind} size={16} />
              <span className="legend-label">{KIND_LABELS[kind].many}</span>
              <span className="legend-count">{visible ? `${shown[kind]} of ${totals[kind]}` : totals[kind]}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="legend-note">Arrows point from the actor or later document to what it acted on or built on.</p>
    </section>
  );
}

function PartitionLegend({
  colourBy,
  visible,
}: {
  colourBy: Store<string | null>;
  visible: ReadonlySet<string> | null;
}) {
  const { graph } = useExplorer();
  const chosen = useStore(colourBy);
  const selectId = useId();
  const attributes = useMemo(() => partitionAttributes(graph), [graph]);
  const coloured = useMemo(() => graph.someNode((_key, a) => a.color !== undefined), [graph]);
  const partition = chosen !== null && attributes.includes(chosen) ? cachedPartition(graph, chosen) : null;
  const shown = useMemo(() => {
    if (!partition || !visible) return null;
    const counts = new Map<string, number>();
    graph.forEachNode((key, { extra }) => {
      if (visible.has(key) && extra && Object.hasOwn(extra, partition.attribute)) {
        const value = String(extra[partition.attribute]);
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    });
    return counts;
  }, [graph, partition, visible]);
  return (
    <>
      {attributes.length > 0 && (
        <p className="legend-colour-by">
          <label htmlFor={selectId}>Colour by</label>{" "}
          <select id={selectId} value={chosen ?? ""} onChange={(e) => colourBy.set(e.target.value || null)}>
            <option value="">{coloured ? "The file's colours" : "None"}</option>
            {attributes.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </p>
      )}
      {partition ? (
        <ul aria-label={`Colours by ${partition.attribute}`}>
          {partition.values.map(({ value, colour, count }) => (
            <li key={value} data-value={value}>
              <span className="legend-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
              <span className="legend-label">{value}</span>
              <span className="legend-count">{shown ? `${shown.get(value) ?? 0} of ${count}` : count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="legend-note">
          {coloured ? "Colours and sizes as the file gives them." : "The file names no kinds."}{" "}
          {graph.order.toLocaleString("en")} nodes.
        </p>
      )}
    </>
  );
}
