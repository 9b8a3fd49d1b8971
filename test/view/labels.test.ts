import { describe, expect, it } from "vitest";

import { type Box, edgeLabelPlaces, labelPlaces, leaderLine, overlaps } from "../../src/view/label-geometry";
import { createLabelDrawer, createLabelFrame, type PlacedLabel } from "../../src/view/labels";

const CANVAS = { width: 800, height: 600 };
const inside = (b: Box, c = CANVAS) => b.left >= 0 && b.top >= 0 && b.right <= c.width && b.bottom <= c.height;

describe("label geometry", () => {
  it("joins a name to its node by a line only when the name is not against the node's side", () => {
    const places = labelPlaces(100, 100, 10, 80, 14, CANVAS);
    // The first ring: right, left, above, below, then the corners next to the node.
    for (const place of places.slice(0, 8)) expect(leaderLine(100, 100, 10, place)).toBeNull();
    // The second ring is a name's height farther out: there a name could pass for a neighbour's.
    for (const place of places.slice(8)) {
      const line = leaderLine(100, 100, 10, place)!;
      expect(line).not.toBeNull();
      const [x1, y1, x2, y2] = line;
      expect(Math.hypot(x1 - 100, y1 - 100)).toBeCloseTo(10, 5);
      const onEdge =
        (x2 === place.left || x2 === place.right || y2 === place.top || y2 === place.bottom) &&
        x2 >= place.left &&
        x2 <= place.right &&
        y2 >= place.top &&
        y2 <= place.bottom;
      expect(onEdge).toBe(true);
    }
  });

  it("puts a label right of its node first, then left, above, below and at the corners", () => {
    const [right, left, above, below] = labelPlaces(100, 100, 10, 80, 14, CANVAS);
    expect(right!.left).toBeGreaterThan(110);
    expect(left!.right).toBeLessThan(90);
    expect(above!.bottom).toBeLessThan(90);
    expect(below!.top).toBeGreaterThan(110);
  });

  it("never offers a place outside the canvas: a long name near an edge slides along it or goes elsewhere", () => {
    for (const [x, y] of [
      [790, 300],
      [5, 300],
      [400, 3],
      [400, 598],
      [795, 595],
    ] as const) {
      const places = labelPlaces(x, y, 8, 150, 16, CANVAS);
      expect(places.length).toBeGreaterThan(0);
      for (const p of places) expect(inside(p)).toBe(true);
    }
    // Too wide for the canvas: no place at all, rather than one cut off.
    expect(labelPlaces(400, 300, 8, 900, 16, CANVAS)).toEqual([]);
  });

  it("puts the name under the node first when asked, or left of it", () => {
    const [below] = labelPlaces(100, 100, 10, 80, 14, CANVAS, "below");
    expect(below!.top).toBeGreaterThan(110);
    const [left] = labelPlaces(300, 100, 10, 80, 14, CANVAS, "left");
    expect(left!.right).toBeLessThan(290);
  });

  it("tells touching boxes from apart ones", () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(overlaps(a, { left: 5, top: 5, right: 15, bottom: 15 })).toBe(true);
    expect(overlaps(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
  });

  it("centres an edge label on the visible part of the edge, upright, and skips edges hidden under their nodes", () => {
    const [middle] = edgeLabelPlaces({ x: 0, y: 0, size: 10 }, { x: 100, y: 0, size: 10 }, 40, 10);
    expect(middle).toEqual({ left: 30, right: 70, top: -5, bottom: 5 });
    // A steep edge still gets an upright box of the label's own width.
    const [steep] = edgeLabelPlaces({ x: 0, y: 0, size: 5 }, { x: 10, y: 200, size: 5 }, 40, 10);
    expect(steep!.right - steep!.left).toBe(40);
    expect(edgeLabelPlaces({ x: 0, y: 0, size: 10 }, { x: 15, y: 0, size: 10 }, 40, 10)).toEqual([]);
  });
});

// A canvas context that records what is written, with 7 px per character.
function fakeContext() {
  const written: string[] = [];
  const noop = () => undefined;
  const context = {
    canvas: { clientWidth: 800, width: 800, clientHeight: 600, height: 600 },
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string) => written.push(text),
    strokeText: noop,
    beginPath: noop,
    arc: noop,
    fill: noop,
    stroke: noop,
    fillRect: noop,
    save: noop,
    restore: noop,
    setLineDash: noop,
    moveTo: noop,
    lineTo: noop,
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
  forceLabel?: boolean;
};

function drawAll(nodes: LabelData[], obstacles: () => Box[] = () => []): { written: string[]; placed: PlacedLabel[] } {
  const { context, written } = fakeContext();
  const frame = createLabelFrame(obstacles);
  const drawer = createLabelDrawer(frame);
  // Sigma's order within a frame: begin, labels offered, the highlighted nodes' hover drawn, then flush.
  frame.reset();
  drawer.begin();
  for (const data of nodes) drawer.draw(context, data as never, SETTINGS);
  for (const data of nodes) if (data.highlighted) drawer.drawHover(context, data as never, SETTINGS);
  drawer.flush();
  return { written, placed: frame.placed };
}

const shapes = (nodes: LabelData[]) => () =>
  nodes.map((n) => ({ key: n.key, left: n.x - n.size, top: n.y - n.size, right: n.x + n.size, bottom: n.y + n.size }));

describe("label drawer", () => {
  it("lets the bigger node keep its label when two would collide, whatever order sigma gives", () => {
    const small = { key: "s", label: "small node label", x: 100, y: 100, size: 4 };
    const big = { key: "b", label: "big node", x: 104, y: 102, size: 12 };
    const nodes = [small, big];
    expect(drawAll([small, big], shapes(nodes)).written[0]).toBe("big node");
    expect(drawAll([big, small], shapes(nodes)).written[0]).toBe("big node");
  });

  it("never places two labels over each other, nor a label over another node's shape", () => {
    // A crowd: 40 nodes on a tight grid, all wanting a name.
    const nodes = Array.from({ length: 40 }, (_, i) => ({
      key: `n${i}`,
      label: `node number ${i}`,
      x: 300 + (i % 8) * 30,
      y: 200 + Math.floor(i / 8) * 22,
      size: 5,
    }));
    const { placed } = drawAll(nodes, shapes(nodes));
    expect(placed.length).toBeGreaterThan(5);
    for (const [i, a] of placed.entries()) {
      expect(inside(a.box)).toBe(true);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
      for (const n of shapes(nodes)()) if (n.key !== a.key) expect(overlaps(a.box, n)).toBe(false);
    }
  });

  it("always names the highlighted node, in a box of its own that other labels keep out of", () => {
    const focus = { key: "f", label: "focused node", x: 100, y: 100, size: 5, highlighted: true };
    const underBox = { key: "u", label: "under the box", x: 150, y: 101, size: 3 };
    const far = { key: "x", label: "far away", x: 500, y: 400, size: 3 };
    const { written, placed } = drawAll([underBox, far, focus]);
    expect(written[0]).toBe("focused node");
    expect(written).toContain("far away");
    expect(placed.find((p) => p.key === "f")!.kind).toBe("hover");
    const hover = placed.find((p) => p.key === "f")!.box;
    for (const p of placed) if (p.key !== "f") expect(overlaps(p.box, hover)).toBe(false);
  });

  it("moves a name to another side when a node is in the way, and leaves it out when every side is taken", () => {
    const label = { key: "a", label: "a long label", x: 100, y: 100, size: 6 };
    const right = { key: "b", left: 112, top: 94, right: 124, bottom: 106 };
    const { placed } = drawAll([label], () => [right]);
    expect(placed).toHaveLength(1);
    expect(overlaps(placed[0]!.box, right)).toBe(false);
    // Nodes packed all around: no free place.
    const packed = Array.from({ length: 121 }, (_, i) => ({
      key: `o${i}`,
      left: 100 + ((i % 11) - 5) * 20 - 9,
      top: 100 + (Math.floor(i / 11) - 5) * 14 - 6,
      right: 100 + ((i % 11) - 5) * 20 + 9,
      bottom: 100 + (Math.floor(i / 11) - 5) * 14 + 6,
    })).filter((b) => !(b.left < 100 && b.right > 100 && b.top < 100 && b.bottom > 100));
    expect(drawAll([label], () => packed).placed).toEqual([]);
  });

  it("puts the labels marked first (chosen organisations, hubs) before bigger nodes' labels", () => {
    const big = { key: "b", label: "big node with a long name", x: 100, y: 100, size: 14 };
    const chosen = { key: "h", label: "Hedayah", x: 104, y: 102, size: 4, labelFirst: true };
    expect(drawAll([big, chosen]).written[0]).toBe("Hedayah");
  });

  it("lets a forced label lie over a node when nothing else is free, never over another label", () => {
    const hub = { key: "g", label: "GCTF", x: 100, y: 100, size: 6, forceLabel: true };
    const around = () => [{ key: "c", left: 30, top: 30, right: 170, bottom: 170 }];
    expect(drawAll([hub], around).written).toEqual(["GCTF"]);
    expect(drawAll([{ ...hub, forceLabel: false }], around).written).toEqual([]);
  });
});
