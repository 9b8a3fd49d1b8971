// A button that opens a panel below it: the button toggles it, Escape closes it with focus back on
// the button, and a press anywhere outside closes it (popover-state.ts holds the rules).
import { type KeyboardEvent, useEffect, useRef, useState } from "react";

import { type PopoverEvent, popoverStep } from "./popover-state";

export function usePopover() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const apply = (event: PopoverEvent): boolean => {
    const step = popoverStep(open, event);
    setOpen(step.open);
    if (step.refocus) toggle.current?.focus();
    return step.handled;
  };

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(popoverStep(open, "press-outside").open);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  return {
    open,
    /** On the element holding the button and the panel. */
    root,
    /** On the button. */
    toggle,
    onToggle: () => apply("toggle"),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape" && apply("escape")) event.preventDefault();
    },
  };
}
