// What the page tells the reader about what it could not use (a link's parameter, a file's
// record), and how a notice quotes the value at fault.

export interface Notice {
  level: "warning" | "info";
  message: string;
  param?: string;
}

/** How much of a value a notice quotes: a 100 kB parameter must not push the graph off screen. */
export const QUOTE_MAX = 60;

/** `"value"`, cut to QUOTE_MAX characters with an ellipsis. */
export function quoted(value: string): string {
  const chars = [...value];
  return `"${chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join("")}…` : value}"`;
}
