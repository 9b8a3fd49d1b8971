// Whether a CSS media query matches now, kept in step as the window is resized. The page's own
// breakpoints live here so the components and the style sheets (app.css, styles.css) agree.
import { useSyncExternalStore } from "react";

/** Below this the filters and legend fold into a drawer behind the Filters button. */
export const DRAWER_QUERY = "(max-width: 1100px)";

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", listener);
      return () => list?.removeEventListener("change", listener);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
