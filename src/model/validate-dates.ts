import { dateCeil, dateFloor, parseIsoDate } from "./dates";
import type { Problem } from "./types";

/** Checks `start` and `end` are ISO dates at day, month or year precision, and start ≤ end. */
export function checkDates(attrs: { start?: unknown; end?: unknown }, where: string): Problem[] {
  const problems: Problem[] = [];
  const parsed: Record<"start" | "end", ReturnType<typeof parseIsoDate>> = { start: undefined, end: undefined };
  for (const field of ["start", "end"] as const) {
    const value = attrs[field];
    if (value === undefined) continue;
    const date = typeof value === "string" ? parseIsoDate(value) : undefined;
    if (!date) {
      problems.push({
        where,
        field,
        severity: "error",
        message: `"${String(value)}" is not an ISO date at day, month or year precision (2011-12-06, 2012-05 or 2011)`,
      });
    }
    parsed[field] = date;
  }
  if (parsed.start && parsed.end && dateFloor(parsed.start) > dateCeil(parsed.end)) {
    problems.push({
      where,
      field: "end",
      severity: "error",
      message: `ends (${String(attrs.end)}) before it starts (${String(attrs.start)})`,
    });
  }
  return problems;
}
