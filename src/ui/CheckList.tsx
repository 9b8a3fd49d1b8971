// A multi-select as a group of checkboxes: every option is reachable with Tab and toggled with
// Space, which a researcher can operate without a mouse and a screen reader announces plainly.
import type { ReactNode } from "react";

export interface CheckOption {
  key: string;
  label: string;
  /** Shown after the label, e.g. how many nodes the option would keep. */
  note?: string;
  icon?: ReactNode;
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

export function CheckList({ legend, options, checked, onToggle, scroll = false, active = checked.length > 0 }: Props) {
  const chosen = new Set(checked);
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {active && <span className="filter-count"> · {checked.length} chosen</span>}
      </legend>
      <ul className={scroll ? "check-list is-scrolling" : "check-list"}>
        {options.map((option) => (
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
