import { describe, expect, it } from "vitest";

import { type Box, edgeLabelBox, labelBoxes, labelBoxesAround, overlaps } from "../../src/view/label-geometry";
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
    beginPath: () => undefined,
    arc: () => undefined,
    fill: () => undefined,
    fillRect: () => undefined,
  } as unknown as CanvasRenderingContext2D;
  return { context, written };
}

const SETTINGS = {
  labelSize: 12,
  labelWeight: "500",
  labelFont: "sans-serif",
  labelColor: { color: "#000" },
} as never;

type LabelData = {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
  highlighted?: boolean;
  labelFirst?: boolean;
};

function drawAll(nodes: LabelData[], obstacles: () => Box[] = () => []) {
  const { context, written } = fakeContext();
  const drawer = createLabelDrawer(obstacles);
  // Sigma's order within a frame: labels offered, then the highlighted nodes' hover drawn, then flush.
  for (const data of nodes) drawer.draw(context, data as never, SETTINGS);
  for (const data of nodes) if (data.highlighted) drawer.drawHover(context, data as never, SETTINGS);
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

  it("names a highlighted node once, in its hover box, and keeps other labels out of that box", () => {
    const focus = { key: "f", label: "focused node", x: 100, y: 100, size: 5, highlighted: true };
    const underBox = { key: "u", label: "under the box", x: 150, y: 101, size: 3 };
    const far = { key: "x", label: "far away", x: 500, y: 400, size: 3 };
    expect(drawAll([underBox, far, focus])).toEqual(["focused node", "far away"]);
  });

  it("puts the labels marked first (chosen organisations, hubs) before bigger nodes' labels", () => {
    const big = { key: "b", label: "big node with a long name", x: 100, y: 100, size: 14 };
    const chosen = { key: "h", label: "Hedayah", x: 104, y: 102, size: 4, labelFirst: true };
    expect(drawAll([big, chosen])).toEqual(["Hedayah"]);
  });

  it("names a label marked first even when nodes crowd both its sides", () => {
    const hub = { key: "g", label: "GCTF", x: 100, y: 100, size: 6, labelFirst: true };
    const crowd = () => [
      { key: "b", left: 108, top: 90, right: 140, bottom: 110 },
      { key: "c", left: 60, top: 90, right: 92, bottom: 110 },
    ];
    expect(drawAll([hub], crowd)).toEqual(["GCTF"]);
    expect(drawAll([{ ...hub, labelFirst: false }], crowd)).toEqual([]);
  });
});

describe("places around a node", () => {
  it("offers a long name near the canvas edge over or under its node rather than cut off", () => {
    // 500 px wide: it fits neither right nor left of a node in the middle of an 800 px canvas.
    const [first] = labelBoxesAround(400, 100, 10, 500, 12, 800);
    expect(first.left).toBeGreaterThanOrEqual(0);
    expect(first.right).toBeLessThanOrEqual(800);
    expect(first.bottom).toBeLessThan(100);
  });
});
