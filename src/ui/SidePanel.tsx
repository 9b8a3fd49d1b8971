// The left panel: search, filters and legend. On narrow screens the filters and legend fold
// behind a button so the graph keeps the screen; search stays in reach.
import { useId, useState } from "react";

import { Filters } from "./Filters";
import { Legend } from "./Legend";
import { SearchBox } from "./SearchBox";

export function SidePanel() {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <aside className="side-panel" aria-label="Search, filters and legend">
      <SearchBox />
      <button
        type="button"
        className="button panel-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? "Hide filters and legend" : "Filters and legend"}
      </button>
      <div id={bodyId} className={open ? "side-panel-body is-open" : "side-panel-body"}>
        <Filters />
        <Legend />
      </div>
    </aside>
  );
}
