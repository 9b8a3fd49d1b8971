// Dates in the data are ISO 8601 at day, month or year precision. Comparisons treat a coarse
// date as the span it covers: "2012" starts on 2012-01-01 and ends on 2012-12-31.

export type Precision = "year" | "month" | "day";

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The years a dataset's dates may have. A year 0000 drew thousands of stripes and axis marks in the time view;
 * policy history fits in this range, and a date outside it is reported with its place.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

export const yearInRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

// Arithmetic rather than Date.UTC, which reads years 0–99 as 1900–1999.
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses "2011", "2011-12" or "2011-12-06"; undefined when malformed or impossible (2011-02-30).
 * The calendar only: a dataset's dates must also have a year in range (validate-dates.ts).
 */
export function parseIsoDate(text: string): PartialDate | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: "day" };
}

/** Earliest day the date covers, as a sortable number (yyyymmdd). */
export function dateFloor(date: PartialDate): number {
  return date.year * 10000 + (date.month ?? 1) * 100 + (date.day ?? 1);
}

/** Latest day the date covers, as a sortable number (yyyymmdd). */
export function dateCeil(date: PartialDate): number {
  const month = date.month ?? 12;
  return date.year * 10000 + month * 100 + (date.day ?? daysInMonth(date.year, month));
}

/** Sort key for an ISO string; undated sorts last. */
export function dateKey(text: string | undefined): number {
  const d = text === undefined ? undefined : parseIsoDate(text);
  return d ? dateFloor(d) : Number.POSITIVE_INFINITY;
}

/** Fractional year for placing things on an axis: 2012-07-01 → ~2012.5. */
export function yearFraction(text: string): number | undefined {
  const d = parseIsoDate(text);
  if (!d) return undefined;
  const month = d.month ?? 7;
  const day = d.day ?? (d.month ? 15 : 1);
  return d.year + (month - 1) / 12 + (day - 1) / 365;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2012-06-07" → "7 June 2012"; "2012-05" → "May 2012"; "2012" → "2012". */
export function formatDate(text: string): string {
  const d = parseIsoDate(text);
  if (!d) return text;
  if (d.precision === "year") return String(d.year);
  const month = MONTHS[(d.month ?? 1) - 1];
  return d.precision === "month" ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** "6 December 2011 – 9 December 2011" folded to "6–9 December 2011" where the two share a month. */
export function formatDateRange(start: string | undefined, end: string | undefined): string | undefined {
  if (!start) return end ? formatDate(end) : undefined;
  if (!end || end === start) return formatDate(start);
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (a && b && a.precision === "day" && b.precision === "day" && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${MONTHS[(a.month ?? 1) - 1]} ${a.year}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
