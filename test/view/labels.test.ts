import { describe, expect, it } from "vitest";

import { type Box, edgeLabelBox, labelBoxes, overlaps } from "../../src/view/label-geometry";
import { createLabelDrawer } from "../../src/view/labels";

describe("label geometry", () => {
  it("puts a label right of its node, or left when the right would run off the canvas", () => {
    const [right] = labelBoxes(100, 50, 10, 80, 12, 500);
    expect(right.left).toBeGreaterThan(110);
    const near = labelBoxes(450, 50, 10, 80, 12, 500);
    expect(near).toHaveLength(1);
    expect(near[0].right).toBeLessThan(440);
  });

  it("tells touching boxes from apart ones", () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(overlaps(a, { left: 5, top: 5, right: 15, bottom: 15 })).toBe(true);
    expect(overlaps(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
  });

  it("centres an edge label on the visible part of the edge, and skips edges hidden under their nodes", () => {
    const box = edgeLabelBox({ x: 0, y: 0, size: 10 }, { x: 100, y: 0, size: 10 }, 40, 10);
    expect(box).toEqual({ left: 30, right: 70, top: -5, bottom: 5 });
    expect(edgeLabelBox({ x: 0, y: 0, size: 10 }, { x: 15, y: 0, size: 10 }, 40, 10)).toBeNull();
  });
});

// A canvas context that records what is written, with 7 px per character.
function fakeContext() {
  const written: string[] = [];
  const context = {
    canvas: { clientWidth: 800, width: 800 },
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string) => written.push(text),
    strokeText: () => undefined,
  } as unknown as CanvasRenderingContext2D;
  return { context, written };
}

const SETTINGS = {
  labelSize: 12,
  labelWeight: "500",
  labelFont: "sans-serif",
  labelColor: { color: "#000" },
} as never;

type LabelData = { key: string; label: string; x: number; y: number; size: number; highlighted?: boolean };

function drawAll(nodes: LabelData[], obstacles: () => Box[] = () => []) {
  const { context, written } = fakeContext();
  const drawer = createLabelDrawer(obstacles);
  for (const data of nodes) drawer.draw(context, data as never, SETTINGS);
  drawer.flush();
  return written;
}

describe("label drawer", () => {
  it("lets the bigger node keep its label when two would collide, whatever order sigma gives", () => {
    const small = { key: "s", label: "small node label", x: 100, y: 100, size: 4 };
    const big = { key: "b", label: "big node", x: 104, y: 102, size: 12 };
    expect(drawAll([small, big])).toEqual(["big node"]);
    expect(drawAll([big, small])).toEqual(["big node"]);
  });

  it("always names the highlighted node, and draws labels that do not collide", () => {
    const hub = { key: "h", label: "hub with a long name", x: 100, y: 100, size: 20 };
    const focus = { key: "f", label: "focused", x: 104, y: 101, size: 3, highlighted: true };
    const far = { key: "x", label: "far away", x: 500, y: 400, size: 3 };
    expect(drawAll([hub, far, focus])).toEqual(["focused", "far away"]);
  });

  it("does not write a label over a node of similar size", () => {
    const label = { key: "a", label: "a long label", x: 100, y: 100, size: 6 };
    const nodeInTheWay = () => [{ key: "b", left: 120, top: 94, right: 132, bottom: 106 }];
    const textOnRightOnly = drawAll([label], nodeInTheWay);
    // The right is blocked, so the label moves to the left of its node.
    expect(textOnRightOnly).toEqual(["a long label"]);
    const blockedBothSides = () => [
      { key: "b", left: 120, top: 94, right: 132, bottom: 106 },
      { key: "c", left: 60, top: 94, right: 72, bottom: 106 },
    ];
    expect(drawAll([label], blockedBothSides)).toEqual([]);
  });
});
