// The page's own breakpoints, so the components and the style sheets (app.css, styles.css) agree.

/** Below this the filters and legend fold into a drawer behind the Filters button. */
export const DRAWER_QUERY = "(max-width: 1100px)";
