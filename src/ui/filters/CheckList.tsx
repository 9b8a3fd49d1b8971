// A multi-select as a group of checkboxes: every option is reachable with Tab and toggled with
// Space, which a researcher can operate without a mouse and a screen reader announces plainly.
// A long list (more than LONG_LIST options: a large dataset has thousands of organisations) shows
// a box to find an option by name and at most SHOWN checkboxes — the chosen ones, then the top
// entries by `weight` (or the matches of what was typed) — instead of a checkbox for every option,
// which made a 55k-node dataset's panel 175k DOM nodes.
import { type ReactNode, useId, useMemo, useState } from "react";

import { foldForSearch } from "../../model";

/** Above this many options a list is searchable and shows at most SHOWN of them. */
export const LONG_LIST = 40;
export const SHOWN = 30;

export interface CheckOption {
  key: string;
  label: string;
  /** Shown after the label, e.g. how many nodes the option would keep. */
  note?: string;
  icon?: ReactNode;
  /** In a long list, heavier options are shown first until something is typed (e.g. how many nodes they touch). */
  weight?: number;
}

interface Props {
  legend: string;
  options: readonly CheckOption[];
  checked: readonly string[];
  onToggle: (key: string) => void;
  /** Scroll long lists instead of letting them push the rest of the panel away. */
  scroll?: boolean;
  /** Whether the choice narrows anything (a list with everything ticked may mean "no filter"). */
  active?: boolean;
}

/** What a long list shows: the chosen options, then the heaviest (or those matching `query`), SHOWN in all. */
export function shownOptions(
  options: readonly CheckOption[],
  chosen: ReadonlySet<string>,
  query: string,
): { shown: CheckOption[]; matching: number; hidden: number } {
  const folded = foldForSearch(query).trim();
  const picked = options.filter((o) => chosen.has(o.key));
  const rest = options.filter(
    (o) => !chosen.has(o.key) && (!folded || foldForSearch(o.label).includes(folded) || o.key === query),
  );
  if (!folded) rest.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  const room = Math.max(0, SHOWN - picked.length);
  const others = rest.slice(0, room);
  return { shown: [...picked, ...others], matching: rest.length, hidden: rest.length - others.length };
}

export function CheckList({ legend, options, checked, onToggle, scroll = false, active = checked.length > 0 }: Props) {
  const chosen = new Set(checked);
  const long = options.length > LONG_LIST;
  const [query, setQuery] = useState("");
  const findId = useId();
  const { shown, matching, hidden } = useMemo(
    () =>
      long ? shownOptions(options, new Set(checked), query) : { shown: options, matching: options.length, hidden: 0 },
    [long, options, checked, query],
  );
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {active && <span className="filter-count"> · {checked.length} chosen</span>}
      </legend>
      {long && (
        <p className="check-find">
          <label htmlFor={findId}>Find {legend.toLowerCase()}</label>
          <input
            id={findId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={`${options.length.toLocaleString("en")} in all`}
          />
        </p>
      )}
      <ul className={scroll ? "check-list is-scrolling" : "check-list"}>
        {shown.map((option) => (
          <li key={option.key}>
            <label>
              <input type="checkbox" checked={chosen.has(option.key)} onChange={() => onToggle(option.key)} />
              {option.icon}
              <span className="check-label">{option.label}</span>
              {option.note !== undefined && <span className="check-note">{option.note}</span>}
            </label>
          </li>
        ))}
      </ul>
      {long && (
        <p className="check-more" role="status">
          {hidden > 0
            ? `${hidden.toLocaleString("en")} more ${query ? "match" : "not shown"}; type to find ${query ? "fewer" : "them"}.`
            : query && matching === 0
              ? `None matches "${query}".`
              : ""}
        </p>
      )}
      {scroll && active && (
        // A long list scrolls, so the choice is repeated where it is always in view.
        <p className="check-summary">
          Chosen:{" "}
          {options
            .filter((o) => chosen.has(o.key))
            .map((o) => o.label)
            .join("; ")}
        </p>
      )}
    </fieldset>
  );
}
