import { describe, expect, it } from "vitest";

import { makeLabelRoom } from "../../src/queries/label-room";

describe("room for names", () => {
  it("pushes apart nodes whose names would cross, at the size the canvas draws them", () => {
    // Three nodes in a row, 10 px apart on a 300 px canvas, each named 80 px wide.
    const xy = Float64Array.from([0, 0, 10, 0, 20, 0, 300, 300]);
    const left = makeLabelRoom({
      xy,
      sizes: [4, 4, 4, 4],
      labelWidths: [80, 80, 80, 80],
      labelHeight: 16,
      viewportPx: 300,
    });
    expect(left).toBe(0);
    // Scaled back to 300 px: each name box (node + 3 px + 80 px, 16 px high) is clear of the others.
    const boxes = [0, 1, 2, 3].map((i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! }));
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apartX = Math.abs(a.x - b.x) >= 4 + 3 + 80;
        const apartY = Math.abs(a.y - b.y) >= 16;
        expect(apartX || apartY).toBe(true);
      }
  });

  it("is deterministic, and leaves a graph with no crossing names as it was but for scale", () => {
    const run = () => {
      const xy = Float64Array.from([0, 0, 1, 1, 2, 0, 3, 1, 0, 0]);
      makeLabelRoom({
        xy,
        sizes: [3, 3, 3, 3, 3],
        labelWidths: [50, 60, 40, 70, 30],
        labelHeight: 14,
        viewportPx: 400,
      });
      return [...xy];
    };
    expect(run()).toEqual(run());
    const apart = Float64Array.from([0, 0, 0, 100]);
    makeLabelRoom({ xy: apart, sizes: [3, 3], labelWidths: [40, 40], labelHeight: 14, viewportPx: 200 });
    expect(apart[0]).toBe(apart[2]);
  });
});
