// The graph as tables, for readers without a mouse or a screen: the nodes in view (following the
// filters) and the relations among them, sortable, with captions and row headers. Choosing a row
// selects its node; the selected node's row is marked and kept in view.
import { useEffect, useMemo, useState } from "react";

import { formatDateRange, KIND_LABELS } from "../../model";
import {
  attributeColumns,
  edgeRows,
  type EdgeSort,
  nodeRows,
  type NodeSort,
  type SortDirection,
  sortEdgeRows,
  sortNodeRows,
} from "../../queries/table-rows";
import { useExplorer, useViewState } from "../context";
import { useSelect, useVisibleNodes } from "../hooks";
import { SortHeader } from "./SortHeader";
import "./table.css";

export const TABLE_VIEW_ID = "table-view";

const describeSort = (label: string, direction: SortDirection) => `sorted by ${label.toLowerCase()}, ${direction}`;

/** Shown over the canvas when the view is "table" (`view=table`). */
export function TableView() {
  const { view } = useViewState();
  return view === "table" ? <Tables /> : null;
}

function Tables() {
  const { graph } = useExplorer();
  const { select } = useViewState();
  const choose = useSelect();
  const visible = useVisibleNodes();
  const [nodeSort, setNodeSort] = useState<{ by: NodeSort; direction: SortDirection }>({
    by: "label",
    direction: "ascending",
  });
  const [edgeSort, setEdgeSort] = useState<{ by: EdgeSort; direction: SortDirection }>({
    by: "date",
    direction: "ascending",
  });
  const attributes = useMemo(() => attributeColumns(graph), [graph]);
  const nodes = useMemo(
    () => sortNodeRows(nodeRows(graph, visible), nodeSort.by, nodeSort.direction),
    [graph, visible, nodeSort],
  );
  const edges = useMemo(
    () => sortEdgeRows(edgeRows(graph, visible), edgeSort.by, edgeSort.direction),
    [graph, visible, edgeSort],
  );

  useEffect(() => {
    if (select) document.querySelector(".table-view tr[aria-current='true']")?.scrollIntoView({ block: "nearest" });
  }, [select, nodes]);

  const nodeLabels: Record<NodeSort, string> = { label: "Name", kind: "Kind", date: "Date" };
  for (const name of attributes) nodeLabels[`attribute:${name}`] = name;
  const edgeLabels = { source: "From", relation: "Relation", target: "To", date: "Date" } as const;
  const nodeButton = (key: string, label: string) => (
    <button type="button" className="link-button" onClick={() => choose(key)}>
      {label}
    </button>
  );

  return (
    <section id={TABLE_VIEW_ID} className="table-view" aria-label="Table of the graph" tabIndex={-1}>
      <table className="data-table">
        <caption>
          Nodes in view: {nodes.length} of {graph.order}, {describeSort(nodeLabels[nodeSort.by], nodeSort.direction)}.
          Choose a name to select it.
        </caption>
        <thead>
          <tr>
            {(["label", "kind", "date"] as const).map((c) => (
              <SortHeader key={c} column={c} label={nodeLabels[c]} sort={nodeSort} onSort={setNodeSort} />
            ))}
            <th scope="col">Relations in view</th>
            {attributes.map((name) => (
              <SortHeader
                key={name}
                column={`attribute:${name}` as NodeSort}
                label={name}
                sort={nodeSort}
                onSort={setNodeSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((row) => (
            <tr
              key={row.key}
              aria-current={row.key === select ? "true" : undefined}
              className={row.key === select ? "is-selected" : undefined}
            >
              <th scope="row">{nodeButton(row.key, row.label)}</th>
              <td>{KIND_LABELS[row.kind].one}</td>
              <td>{formatDateRange(row.start, row.end) ?? <span className="muted">undated</span>}</td>
              <td className="number">{row.degree}</td>
              {attributes.map((name) => {
                const value = row.extra && Object.hasOwn(row.extra, name) ? row.extra[name] : undefined;
                return (
                  <td key={name} className={typeof value === "number" ? "number" : undefined}>
                    {value === undefined ? "" : typeof value === "number" ? value.toLocaleString("en") : String(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>
          Relations among the nodes in view: {edges.length}, {describeSort(edgeLabels[edgeSort.by], edgeSort.direction)}
          .
        </caption>
        <thead>
          <tr>
            <th scope="col">Relation as a sentence</th>
            {(Object.keys(edgeLabels) as EdgeSort[]).map((c) => (
              <SortHeader key={c} column={c} label={edgeLabels[c]} sort={edgeSort} onSort={setEdgeSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {edges.map((row) => (
            <tr key={row.key} className={row.source === select || row.target === select ? "is-related" : undefined}>
              <th scope="row">{row.sentence}</th>
              <td>{nodeButton(row.source, row.sourceLabel)}</td>
              <td>{row.relation}</td>
              <td>{nodeButton(row.target, row.targetLabel)}</td>
              <td>{row.start ? formatDateRange(row.start, undefined) : <span className="muted">undated</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
