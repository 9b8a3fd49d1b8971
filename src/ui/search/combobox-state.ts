// The keyboard logic of the node combobox (APG "list autocomplete") as pure functions, so it can be
// tested without a browser: whether the list is open, which option is active, and what a key in
// the text box asks for. The hook in use-combobox.ts carries them out.

export interface ComboboxState {
  open: boolean;
  /** Index of the active option; only shown while the list is open and has options. */
  active: number;
}

export const INITIAL: ComboboxState = { open: false, active: 0 };

/** Typing opens the list on its first (best-ranked) option. */
export const TYPED: ComboboxState = { open: true, active: 0 };

/** What a key asks for, beyond the browser's default. */
export type KeyEffect =
  /** Open the list if closed and make option `to` active. */
  | { type: "move"; to: number }
  /** Choose option `index`. */
  | { type: "choose"; index: number }
  /** Close the list; the text stays. */
  | { type: "close" }
  /** Escape with no list showing: the component decides (the search box clears, a picker cancels). */
  | { type: "dismiss" }
  | { type: "none" };

export interface KeyResult {
  effect: KeyEffect;
  /** Keys the combobox handles do not also move the caret or submit a form. */
  preventDefault: boolean;
}

/** The list shows when it is open and something matches. */
export const isExpanded = (state: ComboboxState, count: number) => state.open && count > 0;

export function keyEffect(state: ComboboxState, key: string, count: number): KeyResult {
  if (key === "ArrowDown" || key === "ArrowUp") {
    const down = key === "ArrowDown";
    if (!count) return { effect: { type: "none" }, preventDefault: true };
    // Opening starts at the end the arrow points from; once open, the arrows wrap around.
    if (!state.open) return { effect: { type: "move", to: down ? 0 : count - 1 }, preventDefault: true };
    return { effect: { type: "move", to: (state.active + (down ? 1 : -1) + count) % count }, preventDefault: true };
  }
  if (key === "Enter" && isExpanded(state, count) && state.active < count) {
    return { effect: { type: "choose", index: state.active }, preventDefault: true };
  }
  if (key === "Escape") {
    return { effect: isExpanded(state, count) ? { type: "close" } : { type: "dismiss" }, preventDefault: true };
  }
  return { effect: { type: "none" }, preventDefault: false };
}
