// Issue 17, item 6 (in part): a long filter list shows the chosen options and the top entries, or
// the matches of what was typed, never a checkbox for each of thousands of options.
import { describe, expect, test } from "vitest";

import { type CheckOption, SHOWN, shownOptions } from "../../src/ui/filters/CheckList";

const options: CheckOption[] = Array.from({ length: 1600 }, (_, i) => ({
  key: `org-${i}`,
  label: i === 7 ? "Ministère de la Justice" : `Organisation ${i}`,
  weight: i % 100,
}));

describe("shownOptions", () => {
  test("untyped: the heaviest first, SHOWN in all, the rest counted", () => {
    const { shown, hidden } = shownOptions(options, new Set(), "");
    expect(shown).toHaveLength(SHOWN);
    expect(shown.every((o) => o.weight === 99 || o.weight === 98)).toBe(true);
    expect(hidden).toBe(1600 - SHOWN);
  });

  test("chosen options always show, first, even when they weigh nothing", () => {
    const { shown } = shownOptions(options, new Set(["org-0", "org-100"]), "");
    expect(shown.slice(0, 2).map((o) => o.key)).toEqual(["org-0", "org-100"]);
    expect(shown).toHaveLength(SHOWN);
  });

  test("typed: accent-insensitive matches by name", () => {
    const { shown, matching, hidden } = shownOptions(options, new Set(), "ministere");
    expect(shown.map((o) => o.key)).toEqual(["org-7"]);
    expect([matching, hidden]).toEqual([1, 0]);
    expect(shownOptions(options, new Set(), "Organisation 15").matching).toBe(111); // 15, 150–159, 1500–1599
    expect(shownOptions(options, new Set(), "nothing like it").shown).toEqual([]);
  });
});
