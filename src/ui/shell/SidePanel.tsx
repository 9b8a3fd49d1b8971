// The left panel: search, filters and legend. Below DRAWER_QUERY the filters and legend fold into
// a drawer over the canvas, opened by the Filters button beside the search box (which stays in
// reach): focus moves into the drawer and back to the button when Escape or × closes it. The
// drawer is not modal, so the graph can be watched while the filters change.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";

import { useCanvasDrawn } from "../context";
import { ErrorBoundary } from "../ErrorBoundary";
import { Filters } from "../filters/Filters";
import { FiltersToggle } from "../filters/FiltersToggle";
import { Legend } from "../filters/Legend";
import { SearchBox } from "../search/SearchBox";
import { useMediaQuery } from "../../context/media";
import { DRAWER_QUERY } from "../breakpoints";

export function SidePanel() {
  const drawer = useMediaQuery(DRAWER_QUERY);
  const drawn = useCanvasDrawn();
  const [open, setOpen] = useState(false);
  // Widening the window puts the panel back in its column; narrowing again starts closed.
  const [wasDrawer, setWasDrawer] = useState(drawer);
  if (wasDrawer !== drawer) {
    setWasDrawer(drawer);
    setOpen(false);
  }
  const shown = drawer && open;
  const bodyId = useId();
  const body = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (shown) body.current?.focus();
  }, [shown]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  // Escape closes the drawer before it reaches the page's shortcuts (which would clear the selection).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !shown || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  return (
    <aside className={drawer ? "side-panel is-drawer" : "side-panel"} aria-label="Search, filters and legend">
      <div className="side-panel-bar">
        <ErrorBoundary place="the search box">
          <SearchBox />
        </ErrorBoundary>
        {drawer && (
          <FiltersToggle
            ref={toggle}
            open={open}
            controls={bodyId}
            onToggle={() => setOpen((was) => !was)}
            onKeyDown={onKeyDown}
          />
        )}
      </div>
      <div
        id={bodyId}
        ref={body}
        className={shown ? "side-panel-body is-open" : "side-panel-body"}
        role={drawer ? "dialog" : undefined}
        aria-label={drawer ? "Filters and legend" : undefined}
        tabIndex={drawer ? -1 : undefined}
        onKeyDown={onKeyDown}
      >
        {drawer && (
          <div className="drawer-bar">
            <button type="button" className="close-button" aria-label="Close filters" onClick={close}>
              ×
            </button>
          </div>
        )}
        {/* Counted over the whole graph, and long lists on a large one: drawn after the graph is. */}
        {drawn && (
          <>
            <ErrorBoundary place="the filters">
              <Filters />
            </ErrorBoundary>
            <ErrorBoundary place="the legend">
              <Legend />
            </ErrorBoundary>
          </>
        )}
      </div>
    </aside>
  );
}
