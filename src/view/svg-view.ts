// The current camera as vector graphics: every edge and node sigma draws, in its colour and shape,
// at the place it is on screen; each node carries its full name (a <title>), and the names the
// canvas shows are drawn as text. The relations the view highlights (a selection's, a lineage's or
// a path's) get numbered footnote marks, in the order returned, for the print's footnotes.
// Built as DOM nodes with textContent, so names from data never become markup.
import type Sigma from "sigma";

import type { DataGraph } from "../model";
import { KIND_STYLE } from "../state/appearance";
import type { ViewVector } from "../state/canvas-port";
import type { LabelledContainer } from "./LabelsController";
import { FONT_STACK } from "./settings";

const NS = "http://www.w3.org/2000/svg";

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function shape(kind: keyof typeof KIND_STYLE, x: number, y: number, r: number, color: string): SVGElement {
  const style = KIND_STYLE[kind].shape;
  const pts = (list: [number, number][]) => ({
    points: list.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(" "),
  });
  if (style === "square") return el("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color });
  if (style === "diamond")
    return el("polygon", {
      ...pts([
        [x, y - r],
        [x + r, y],
        [x, y + r],
        [x - r, y],
      ]),
      fill: color,
    });
  if (style === "triangle")
    return el("polygon", {
      ...pts([
        [x, y - r],
        [x + r, y + r * 0.8],
        [x - r, y + r * 0.8],
      ]),
      fill: color,
    });
  if (style === "ring")
    return el("circle", { cx: x, cy: y, r: r * 0.7, fill: "none", stroke: color, "stroke-width": r * 0.6 });
  return el("circle", { cx: x, cy: y, r, fill: color });
}

export function svgOfView(sigma: Sigma, graph: DataGraph, title: string): ViewVector {
  const container = sigma.getContainer() as LabelledContainer;
  const [width, height] = [container.offsetWidth, container.offsetHeight];
  const svg = el("svg", { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT_STACK });
  svg.append(el("title", {}));
  svg.firstChild!.textContent = title;
  svg.append(el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  const drawn = new Map((container.drawnLabels ?? []).filter((l) => l.kind !== "edge").map((l) => [l.key, l.text]));
  const display = sigma.getGraph();
  const at = (key: string) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return undefined;
    return { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size), d };
  };
  const inFrame = (p: { x: number; y: number; r: number }) =>
    p.x + p.r >= 0 && p.y + p.r >= 0 && p.x - p.r <= width && p.y - p.r <= height;

  const edges = el("g", { class: "edges" });
  const marks = el("g", { class: "footnote-marks", "font-size": 11, "font-weight": 700 });
  const footnotes: string[] = [];
  const ordered = display.edges().map((key) => ({ key, d: sigma.getEdgeDisplayData(key) }));
  ordered.sort((a, b) => (a.d?.zIndex ?? 0) - (b.d?.zIndex ?? 0));
  for (const { key, d } of ordered) {
    if (!d || d.hidden) continue;
    const [a, b] = display.extremities(key).map(at);
    if (!a || !b || (!inFrame(a) && !inFrame(b))) continue;
    edges.append(
      el("line", {
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        stroke: d.color,
        "stroke-width": Math.max(0.5, sigma.scaleSize(d.size)),
      }),
    );
    if ((d as { forceLabel?: boolean }).forceLabel && graph.hasEdge(key)) {
      footnotes.push(key);
      const mark = el("text", { x: (a.x + b.x) / 2 + 3, y: (a.y + b.y) / 2 - 3, fill: "#1b1b1b" });
      mark.textContent = String(footnotes.length);
      marks.append(mark);
    }
  }

  const nodes = el("g", { class: "nodes" });
  const labels = el("g", { class: "labels", "font-size": 12, fill: "#1b1b1b" });
  const shown: string[] = [];
  const byZ = display.nodes().map((key) => ({ key, p: at(key) }));
  byZ.sort((a, b) => (a.p?.d.zIndex ?? 0) - (b.p?.d.zIndex ?? 0));
  for (const { key, p } of byZ) {
    if (!p || !inFrame(p) || !graph.hasNode(key)) continue;
    shown.push(key);
    const group = el("g", { "data-key": key });
    const name = el("title", {});
    name.textContent = graph.getNodeAttribute(key, "label");
    group.append(name, shape(graph.getNodeAttribute(key, "kind"), p.x, p.y, p.r, p.d.color));
    nodes.append(group);
    const drawnName = drawn.get(key);
    if (drawnName) {
      const text = el("text", { x: p.x + p.r + 4, y: p.y + 4 });
      text.textContent = drawnName;
      labels.append(text);
    }
  }
  svg.append(edges, nodes, labels, marks);
  return { svg, footnotes, nodes: shown };
}
