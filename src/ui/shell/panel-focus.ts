// Where the keyboard goes after a node is chosen from the search box, or a neighbour is stepped
// to from the right-hand panel: the heading of what that panel now shows (a node's details, or the
// open lineage or connection). It is not a text field, so `]` / `[` (and `n` / `p`) step through
// the neighbours at once, `/` goes back to the search, and a screen reader reads the name chosen.
// Every such heading is focusable by script only (tabIndex -1), so Tab order is unchanged.

const HEADING = ".details-area h2[tabindex='-1']";

/** After the next render: focus the right-hand panel's heading, if it shows one. */
export function focusPanelHeading(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(HEADING)?.focus());
}

/** Whether the keyboard is in the right-hand panel now (its heading or a control in it). */
export function focusInPanel(): boolean {
  return document.activeElement?.closest(".details-area") != null;
}
