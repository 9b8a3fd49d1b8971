// Multi-selects over nodes of one kind (organisations, themes), listed by label.
import { useMemo } from "react";

import { footprintSizes } from "../../queries/footprint";
import { toggleOrg, toggleTheme } from "../../state/transitions";
import { CheckList, type CheckOption } from "../filters/CheckList";
import { useExplorer, useUpdateView, useViewState } from "../context";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function byLabel(a: CheckOption, b: CheckOption): number {
  return a.label.localeCompare(b.label);
}

export function OrgFilter() {
  const { graph } = useExplorer();
  const { orgs } = useViewState();
  const update = useUpdateView();
  const options = useMemo(() => {
    const sizes = footprintSizes(graph);
    return [...sizes]
      .map(([key, size]) => ({
        key,
        label: graph.getNodeAttribute(key, "label"),
        note: `${size - 1} linked`,
        weight: size,
      }))
      .sort(byLabel);
  }, [graph]);
  if (!options.length) return null;
  return (
    <CheckList
      legend="Organisations"
      options={options}
      checked={orgs}
      onToggle={(key) => update((state) => toggleOrg(state, key))}
      scroll
    />
  );
}

export function ThemeFilter() {
  const { graph } = useExplorer();
  const { themes } = useViewState();
  const update = useUpdateView();
  const options = useMemo(
    () =>
      graph
        .filterNodes((_, a) => a.kind === "theme")
        .map((key) => ({
          key,
          label: graph.getNodeAttribute(key, "label"),
          note: plural(graph.degree(key), "link"),
          weight: graph.degree(key),
        }))
        .sort(byLabel),
    [graph],
  );
  if (!options.length) return null;
  return (
    <CheckList
      legend="Themes"
      options={options}
      checked={themes}
      onToggle={(key) => update((state) => toggleTheme(state, key))}
      scroll
    />
  );
}
