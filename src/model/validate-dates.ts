import { dateCeil, dateFloor, parseIsoDate } from "./dates";
import type { Problem } from "./types";

/** True exactly when checkDates finds nothing; allocates nothing for the usual, valid case. */
export function datesOk(attrs: { start?: unknown; end?: unknown }): boolean {
  const { start, end } = attrs;
  if (start === undefined && end === undefined) return true;
  const from = start === undefined ? undefined : typeof start === "string" ? parseIsoDate(start) : null;
  const to = end === undefined ? undefined : typeof end === "string" ? parseIsoDate(end) : null;
  if (from === null || to === null || (start !== undefined && !from) || (end !== undefined && !to)) return false;
  return !(from && to && dateFloor(from) > dateCeil(to));
}

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
