// The button that opens the filters drawer on narrow screens. It says when filters are in use,
// since the drawer that shows them is closed most of the time.
import type { KeyboardEvent, Ref } from "react";

import { hasActiveFilters } from "../../queries/filters";
import { useFilterState } from "../hooks";

interface Props {
  open: boolean;
  /** The id of the drawer it opens. */
  controls: string;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  ref: Ref<HTMLButtonElement>;
}

export function FiltersToggle({ open, controls, onToggle, onKeyDown, ref }: Props) {
  const active = hasActiveFilters(useFilterState());
  return (
    <button
      ref={ref}
      type="button"
      className="button filters-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      onKeyDown={onKeyDown}
    >
      Filters
      {active && (
        <>
          <span className="filters-badge" aria-hidden="true" />
          <span className="offscreen"> (in use)</span>
        </>
      )}
    </button>
  );
}
