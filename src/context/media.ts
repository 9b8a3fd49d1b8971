// Media queries, read one way by the panels and the canvas alike: as a hook that follows the query
// (a window resized, a system setting changed), or once, now, for an effect or a timer.
import { useSyncExternalStore } from "react";

/** Readers who ask for reduced motion: the camera jumps, layouts move at once, the player slows. */
export const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/** Whether the query matches now (false where there is no window, as in Node). */
export function matchesNow(query: string): boolean {
  return typeof window !== "undefined" && (window.matchMedia?.(query).matches ?? false);
}

export function prefersReducedMotion(): boolean {
  return matchesNow(REDUCED_MOTION);
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", listener);
      return () => list?.removeEventListener("change", listener);
    },
    () => matchesNow(query),
    () => false,
  );
}
