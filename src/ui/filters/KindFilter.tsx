// One checkbox per kind. The count beside each is what that kind would show under the other
// filters, so unticking a kind never makes its own count drop to zero and hide what it holds.
import { useMemo } from "react";

import { KIND_LABELS, KINDS } from "../../model";
import { countByKind } from "../../queries/filters";
import { toggleKind } from "../../state/transitions";
import { CheckList } from "./CheckList";
import { useExplorer, useUpdateView } from "../context";
import { useFilterState } from "../hooks";
import { KindShape } from "../KindShape";

export function KindFilter() {
  const session = useExplorer();
  const { graph } = session;
  const update = useUpdateView();
  const filters = useFilterState();
  const counts = useMemo(
    () => countByKind(graph, session.visible({ ...filters, kinds: null })),
    [graph, session, filters],
  );
  const present = useMemo(() => countByKind(graph, null), [graph]);
  // "other" exists only for imported files; a curated dataset never shows it.
  const options = KINDS.filter((kind) => kind !== "other" || present.other > 0).map((kind) => ({
    key: kind,
    label: KIND_LABELS[kind].many,
    note: String(counts[kind]),
    icon: <KindShape kind={kind} />,
  }));
  return (
    <CheckList
      legend="Kinds"
      options={options}
      checked={filters.kinds ?? KINDS}
      active={filters.kinds !== null}
      onToggle={(key) => update((state) => toggleKind(state, key as (typeof KINDS)[number]))}
    />
  );
}
