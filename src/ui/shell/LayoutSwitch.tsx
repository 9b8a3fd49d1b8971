// Force | Time: how the canvas places the nodes (`layout=`). Two radio buttons drawn as a
// segmented switch, so the choice reads and works like one with the keyboard.
import { useId } from "react";

import type { LayoutMode } from "../../state/view-state";
import { setLayout } from "../../state/transitions";
import { useUpdateView, useViewState } from "../context";

const MODES: { mode: LayoutMode; label: string; hint: string }[] = [
  { mode: "force", label: "Force", hint: "Related things close together" },
  { mode: "time", label: "Time", hint: "Left to right by date, in lanes" },
];

export function LayoutSwitch() {
  const { layout } = useViewState();
  const update = useUpdateView();
  const name = useId();
  return (
    <fieldset className="layout-switch">
      <legend>Layout</legend>
      {MODES.map(({ mode, label, hint }) => (
        <label key={mode} title={hint} className={layout === mode ? "is-on" : undefined}>
          <input
            type="radio"
            name={name}
            value={mode}
            checked={layout === mode}
            onChange={() => update((state) => setLayout(state, mode))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
