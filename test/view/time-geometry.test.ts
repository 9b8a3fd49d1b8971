import { describe, expect, it } from "vitest";

import { timeLayout } from "../../src/queries/timeline";
import { axisMarks, TIME_SPACING, timelineX, timePositions } from "../../src/view/time-geometry";
import { realGraph, storyGraph } from "../fixtures/graphs";

describe("time layout as drawn", () => {
  const timeline = timeLayout(storyGraph(), TIME_SPACING);

  it("keeps x and puts the first lane (events) on top: sigma's y grows upwards", () => {
    const positions = timePositions(timeline);
    expect(positions.get("memo")!.x).toBe(timeline.positions.get("memo")!.x);
    expect(positions.get("conference")!.y).toBeGreaterThan(positions.get("memo")!.y);
  });

  it("projects the year ticks and lane bands through the camera, lanes stacked downwards on screen", () => {
    // A projection like sigma's: x scaled and shifted, y flipped.
    const marks = axisMarks(timeline, (p) => ({ x: 10 + p.x / 2, y: 300 - p.y / 2 }));
    expect(marks.years.map((y) => y.label)).toEqual(timeline.ticks.map((t) => t.label));
    expect(marks.years.map((y) => y.x)).toEqual(timeline.ticks.map((t) => 10 + t.x / 2));
    expect(marks.lanes.map((l) => l.label)).toEqual(["Events", "Organisations", "People", "Documents", "Themes"]);
    for (const lane of marks.lanes) expect(lane.bottom).toBeGreaterThan(lane.top);
    for (let i = 1; i < marks.lanes.length; i++)
      expect(marks.lanes[i]!.top).toBeGreaterThanOrEqual(marks.lanes[i - 1]!.bottom);
    expect(marks.now).toBeNull();
  });

  it("places the player's moment between the ticks of its year", () => {
    const x = timelineX(timeline, "2012-07")!;
    const tick = (year: number) => timeline.ticks.find((t) => t.year === year)!.x;
    expect(x).toBeGreaterThan(tick(2012));
    expect(x).toBeLessThan(tick(2013));
    expect(axisMarks(timeline, (p) => p, "2012-07").now).toBe(x);
  });

  it("on the real dataset, has ticks for 2011, 2012 and 2013", () => {
    const real = timeLayout(realGraph(), TIME_SPACING);
    const labels = axisMarks(real, (p) => p).years.map((y) => y.label);
    expect(labels).toEqual(expect.arrayContaining(["2011", "2012", "2013"]));
  });
});
