// Dates are ISO 8601 at day, month or year precision; a coarse date covers its whole span.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseIsoDate } from "../../src/model";
import { checkDates, datesOk } from "../../src/model/validate-dates";

describe("parseIsoDate", () => {
  it.each([
    ["2011", "year"],
    ["2011-12", "month"],
    ["2011-12-06", "day"],
    ["2012-02-29", "day"],
    ["2000-02-29", "day"],
    ["0000-02-29", "day"],
    ["2011-12-31", "day"],
  ])("accepts %s at %s precision", (text, precision) => {
    expect(parseIsoDate(text)?.precision).toBe(precision);
  });

  it.each([
    "2011-02-30",
    "2011-02-29",
    "1900-02-29",
    "0100-02-29",
    "2011-11-31",
    "2011-04-31",
    "2011-13",
    "2011-00",
    "2011-12-00",
    "2011-12-6",
    "11-12-2011",
    "2011/12/06",
    "December 2011",
    "2011-12-06T10:00",
    " 2011",
    "",
  ])("rejects %j", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe("checkDates", () => {
  const at = 'node "x"';

  it.each([
    ["2011-12-06", "2011-12-09"],
    ["2011-12-06", "2011-12-06"],
    ["2011-12-06", "2011-12"],
    ["2011-12", "2011-12-01"],
    ["2011", "2011-01-01"],
    ["2012-05", "2012"],
  ])("accepts start %s, end %s (a coarse date covers its span)", (start, end) => {
    expect(checkDates({ start, end }, at)).toEqual([]);
  });

  it.each([
    ["2011-12-09", "2011-12-06"],
    ["2012", "2011-12"],
    ["2012-01", "2011"],
  ])("rejects start %s after end %s, on the end field", (start, end) => {
    expect(checkDates({ start, end }, at)).toEqual([
      { where: at, field: "end", severity: "error", message: `ends (${end}) before it starts (${start})` },
    ]);
  });

  it("names each malformed field and does not also compare them", () => {
    const problems = checkDates({ start: "2011-02-30", end: "2011-13" }, at);
    expect(problems.map((p) => p.field)).toEqual(["start", "end"]);
    expect(problems[0].message).toContain('"2011-02-30"');
  });
});

describe("datesOk, the loader's quick answer", () => {
  // Near-dates as well as odd values, so both sides of every branch are drawn.
  const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0"));
  const two = fc.integer({ min: 0, max: 32 }).map((n) => String(n).padStart(2, "0"));
  const date = fc.oneof(
    year,
    fc.tuple(year, two).map(([y, m]) => `${y}-${m}`),
    fc.tuple(year, two, two).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.string(),
  );
  const value = fc.option(fc.oneof(date, fc.integer(), fc.constant(null)), { nil: undefined });

  it.each([
    ["2012-02-29", "2012-03"],
    ["2011-02-29", undefined],
    ["1900-02-29", undefined],
    ["2000-02-29", "2000"],
    ["\uff12\uff10\uff11\uff11", undefined],
    ["2011-1a", undefined],
    ["2011_12", undefined],
    ["2011-12-1 ", undefined],
    ["2012", "2011-12-31"],
    ["2011-12-31", "2011"],
    [undefined, "2011-04-31"],
  ])("agrees with checkDates on start %j, end %j", (start, end) => {
    const attrs = { start, end };
    expect(datesOk(attrs)).toBe(checkDates(attrs, "x").length === 0);
  });

  it("is true exactly when checkDates finds nothing", () => {
    fc.assert(
      fc.property(value, value, (start, end) => {
        const attrs = { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
        expect(datesOk(attrs)).toBe(checkDates(attrs, "x").length === 0);
      }),
      { numRuns: 2000 },
    );
  });
});
