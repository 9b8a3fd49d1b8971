import { dateCeil, dateFloor, daysInMonth, MAX_YEAR, MIN_YEAR, parseIsoDate, yearInRange } from "./dates";
import type { Problem } from "./types";

/** The digits of text[at, at + count) as a number; -1 if any is not an ASCII digit (as \d in a RegExp). */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

// readSpan's answer: the first and last day the date covers (yyyymmdd), as dateFloor/dateCeil give.
let spanFloor = 0;
let spanCeil = 0;

/** parseIsoDate's rule without its object: true when `text` is a date, with its span in spanFloor/spanCeil. */
function readSpan(text: string): boolean {
  const n = text.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  const year = digits(text, 0, 4);
  if (!yearInRange(year)) return false;
  if (n === 4) {
    spanFloor = year * 10000 + 101;
    spanCeil = year * 10000 + 1231;
    return true;
  }
  const month = text.charCodeAt(4) === 45 ? digits(text, 5, 2) : -1;
  if (month < 1 || month > 12) return false;
  const days = daysInMonth(year, month);
  if (n === 7) {
    spanFloor = year * 10000 + month * 100 + 1;
    spanCeil = year * 10000 + month * 100 + days;
    return true;
  }
  const day = text.charCodeAt(7) === 45 ? digits(text, 8, 2) : -1;
  if (day < 1 || day > days) return false;
  spanFloor = spanCeil = year * 10000 + month * 100 + day;
  return true;
}

/** True exactly when checkDates finds nothing; allocates nothing (it runs on every item of a load). */
export function datesOk(attrs: { start?: unknown; end?: unknown }): boolean {
  const { start, end } = attrs;
  let from = Number.NEGATIVE_INFINITY;
  if (start !== undefined) {
    if (typeof start !== "string" || !readSpan(start)) return false;
    from = spanFloor;
  }
  if (end === undefined) return true;
  return typeof end === "string" && readSpan(end) && from <= spanCeil;
}

/** Checks `start` and `end` are ISO dates at day, month or year precision, and start ≤ end. */
export function checkDates(attrs: { start?: unknown; end?: unknown }, where: string): Problem[] {
  const problems: Problem[] = [];
  const parsed: Record<"start" | "end", ReturnType<typeof parseIsoDate>> = { start: undefined, end: undefined };
  for (const field of ["start", "end"] as const) {
    const value = attrs[field];
    if (value === undefined) continue;
    const date = typeof value === "string" ? parseIsoDate(value) : undefined;
    if (!date || !yearInRange(date.year)) {
      problems.push({
        where,
        field,
        severity: "error",
        message: date
          ? `"${String(value)}": the year must be from ${MIN_YEAR} to ${MAX_YEAR}`
          : `"${String(value)}" is not an ISO date at day, month or year precision (2011-12-06, 2012-05 or 2011)`,
      });
    }
    parsed[field] = date && yearInRange(date.year) ? date : undefined;
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
