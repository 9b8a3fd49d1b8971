// First thing on the page for keyboard and screen-reader users: straight to the table of the graph.
import type { MouseEvent } from "react";

import { setViewMode } from "../../state/transitions";
import { useUpdateView } from "../context";
import { TABLE_VIEW_ID } from "../table/TableView";

export function SkipLink() {
  const update = useUpdateView();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    update((state) => setViewMode(state, "table"));
    // The table mounts on the next render; focus it once it is there.
    requestAnimationFrame(() => document.getElementById(TABLE_VIEW_ID)?.focus());
  };
  return (
    <a className="skip-link" href={`#${TABLE_VIEW_ID}`} onClick={go}>
      Skip to table
    </a>
  );
}
