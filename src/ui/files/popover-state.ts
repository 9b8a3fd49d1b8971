// A disclosure popover's rules, apart from React: what a click on its button, Escape, or a press
// elsewhere on the page does (usePopover binds them to the DOM).

export type PopoverEvent = "toggle" | "escape" | "press-outside";

export interface PopoverStep {
  open: boolean;
  /** Focus goes back to the button (Escape: the reader's place is not lost). */
  refocus: boolean;
  /** The key was used here, so the page must not act on it too. */
  handled: boolean;
}

export function popoverStep(open: boolean, event: PopoverEvent): PopoverStep {
  switch (event) {
    case "toggle":
      return { open: !open, refocus: false, handled: false };
    case "escape":
      return open ? { open: false, refocus: true, handled: true } : { open, refocus: false, handled: false };
    case "press-outside":
      return { open: false, refocus: false, handled: false };
  }
}
