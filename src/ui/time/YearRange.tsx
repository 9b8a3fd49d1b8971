// Years as two sliders over the dataset's span. A handle at its end of the span means "open",
// so the URL only carries a bound the reader actually moved. Arrow keys step one year. Each slider
// is named by its label ("From year", "To year": the word "year" for screen readers only).
import { useId, useMemo } from "react";

import { parseIsoDate } from "../../model";
import { yearBounds } from "../../queries/filters";
import { setDateRange, setUndated } from "../../state/transitions";
import { useExplorer, useUpdateView, useViewState } from "../context";

function yearOf(text: string | null, fallback: number): number {
  const date = text === null ? undefined : parseIsoDate(text);
  return date ? date.year : fallback;
}

export function YearRange() {
  const { graph } = useExplorer();
  const { from, to, undated } = useViewState();
  const update = useUpdateView();
  const id = useId();
  const bounds = useMemo(() => {
    const [min, max] = yearBounds(graph);
    // A single year leaves nothing to choose between.
    return Number.isFinite(min) && Number.isFinite(max) && min < max ? { min, max } : null;
  }, [graph]);
  if (!bounds) return null;
  const { min, max } = bounds;
  const fromYear = Math.max(min, Math.min(max, yearOf(from, min)));
  const toYear = Math.max(min, Math.min(max, yearOf(to, max)));

  const apply = (a: number, b: number) =>
    update((state) => setDateRange(state, a <= min ? null : String(a), b >= max ? null : String(b)));

  return (
    <fieldset className="filter-group year-range">
      <legend>
        Years <span className="filter-count">{fromYear === toYear ? fromYear : `${fromYear}–${toYear}`}</span>
      </legend>
      <label htmlFor={`${id}-from`}>
        From<span className="offscreen"> year</span>
      </label>
      <input
        id={`${id}-from`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={fromYear}
        aria-valuetext={String(fromYear)}
        onChange={(event) => {
          const year = Number(event.target.value);
          apply(year, Math.max(year, toYear));
        }}
      />
      <output htmlFor={`${id}-from`}>{fromYear}</output>
      <label htmlFor={`${id}-to`}>
        To<span className="offscreen"> year</span>
      </label>
      <input
        id={`${id}-to`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={toYear}
        aria-valuetext={String(toYear)}
        onChange={(event) => {
          const year = Number(event.target.value);
          apply(Math.min(year, fromYear), year);
        }}
      />
      <output htmlFor={`${id}-to`}>{toYear}</output>
      <label className="undated">
        <input
          type="checkbox"
          checked={undated}
          onChange={(event) => update((s) => setUndated(s, event.target.checked))}
        />
        Include undated items
      </label>
    </fieldset>
  );
}
