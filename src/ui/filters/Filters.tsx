// The filter panel: organisations (their footprint), kinds, themes and years combine; what falls
// outside is faded or hidden as the reader chooses, and one button clears them all. The rule of
// what is shown (queries/filters.ts, visibleNodes) is said in one sentence under the Fade/Hide
// choice. Fade and Hide show the same set: Fade keeps the rest in grey, Hide removes it.
import { useId } from "react";

import { clearFilters, setFade } from "../../state/transitions";
import { useUpdateView, useViewState } from "../context";
import { useFilterState } from "../hooks";
import { KindFilter } from "./KindFilter";
import { OrgFilter, ThemeFilter } from "../search/NodeChoice";
import { YearRange } from "../time/YearRange";
import { hasActiveFilters } from "../../queries/filters";

export function Filters() {
  const { fade } = useViewState();
  const filters = useFilterState();
  const update = useUpdateView();
  const name = useId();
  const active = hasActiveFilters(filters);
  return (
    <section className="filters" aria-labelledby={`${name}-h`}>
      <h2 id={`${name}-h`} className="panel-heading">
        Filters
      </h2>
      <OrgFilter />
      <KindFilter />
      <ThemeFilter />
      <YearRange />
      <fieldset className="filter-group fade-toggle" aria-describedby={`${name}-rule`}>
        <legend>Items outside the filters</legend>
        <label>
          <input type="radio" name={name} checked={fade} onChange={() => update((s) => setFade(s, true))} />
          Fade
        </label>
        <label>
          <input type="radio" name={name} checked={!fade} onChange={() => update((s) => setFade(s, false))} />
          Hide
        </label>
        <p id={`${name}-rule`} className="filter-rule">
          Shown: what every filter keeps and is linked to something else kept (under a year range, an undated theme,
          organisation or person only through something dated in it); the selected item stays on the canvas.
        </p>
      </fieldset>
      <button type="button" className="button" disabled={!active} onClick={() => update(clearFilters)}>
        Clear filters
      </button>
    </section>
  );
}
