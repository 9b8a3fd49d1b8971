// The filter panel: organisations (their footprint), kinds, themes and years combine; what falls
// outside is faded or hidden as the reader chooses, and one button clears them all.
import { useId } from "react";

import { clearFilters, setFade } from "../state/transitions";
import { useUpdateView, useViewState } from "./context";
import { useFilterState } from "./hooks";
import { KindFilter } from "./KindFilter";
import { OrgFilter, ThemeFilter } from "./NodeChoice";
import { YearRange } from "./YearRange";
import { hasActiveFilters } from "../queries/filters";

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
      <fieldset className="filter-group fade-toggle">
        <legend>Items outside the filters</legend>
        <label>
          <input type="radio" name={name} checked={fade} onChange={() => update((s) => setFade(s, true))} />
          Fade
        </label>
        <label>
          <input type="radio" name={name} checked={!fade} onChange={() => update((s) => setFade(s, false))} />
          Hide
        </label>
      </fieldset>
      <button type="button" className="button" disabled={!active} onClick={() => update(clearFilters)}>
        Clear filters
      </button>
    </section>
  );
}
