// The benchmark's baseline page: bare sigma drawing the same graph as the explorer, with the same
// settings, programs, colours and sizes, positions computed ahead of time, and the textbook
// reducers for a filter, a hover and a search (as in sigma's own demo: a text box, Enter selects
// the first node whose name contains the text, highlights it with its neighbours and moves the camera to it). No validation, no React, no layout.
// Built by browser-build.ts into bench-results/bare/. URL: ?data=…json&positions=…json&x=&y=&w=&h=
import Graph from "graphology";
import Sigma from "sigma";

import { isLineage, type Kind, type Relation } from "../../../model";
import { EDGE_COLOR, FADED_COLOR, KIND_STYLE, LINEAGE_EDGE_COLOR } from "../../../state/appearance";
import { nodeSize, shortLabel } from "../../../view/display-graph";
import { SIGMA_SETTINGS } from "../../../view/settings";

const params = new URLSearchParams(location.search);
const container = document.getElementById("graph") as HTMLElement;
Object.assign(container.style, {
  left: `${params.get("x") ?? 0}px`,
  top: `${params.get("y") ?? 0}px`,
  width: `${params.get("w") ?? 1000}px`,
  height: `${params.get("h") ?? 700}px`,
});

const [json, positions] = await Promise.all(
  [params.get("data"), params.get("positions")].map((u) => fetch(u ?? "").then((r) => r.json())),
);
const graph = new Graph({ type: "directed", multi: true });
graph.import(json);
const order = graph.order;
graph.updateEachNodeAttributes((key, a) => {
  const [x, y] = positions[key] as [number, number];
  const style = KIND_STYLE[a.kind as Kind];
  return {
    x,
    y,
    size: nodeSize(graph.degree(key), order),
    color: style.color,
    label: shortLabel(a.label),
    name: String(a.label).toLowerCase(),
    kind: a.kind,
    shape: style.shape,
    type: "shape",
  };
});
graph.updateEachEdgeAttributes((_key, a) => {
  const lineage = isLineage(a.relation as Relation);
  return { size: lineage ? 2.5 : 1.2, color: lineage ? LINEAGE_EDGE_COLOR : EDGE_COLOR, type: "arrow" };
});

const sigma = new Sigma(graph, container, SIGMA_SETTINGS);
let frames = 0;
sigma.on("afterRender", () => (container.dataset.frames = String(++frames)));
container.dataset.graphReady = "true";

let fadedKind: Kind | null = null;
let hovered: string | null = null;
let neighbours = new Set<string>();
let selected: string | null = null;
let selectedNeighbours = new Set<string>();
const faded = (node: string) =>
  (fadedKind !== null && graph.getNodeAttribute(node, "kind") === fadedKind) ||
  (hovered !== null && node !== hovered && !neighbours.has(node)) ||
  (selected !== null && node !== selected && !selectedNeighbours.has(node));
function applyReducers() {
  sigma.setSetting("nodeReducer", (node, a) => (faded(node) ? { ...a, color: FADED_COLOR, label: "" } : a));
  sigma.setSetting("edgeReducer", (edge, a) => {
    const [s, t] = graph.extremities(edge);
    return faded(s) || faded(t) ? { ...a, color: "#EDEDED" } : a;
  });
}
document.getElementById("filter")?.addEventListener("click", () => {
  fadedKind = fadedKind ? null : "person";
  applyReducers();
});
document.getElementById("search")?.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  const text = (event.target as HTMLInputElement).value.toLowerCase();
  selected = graph.findNode((_node, a) => (a.name as string).includes(text)) ?? null;
  if (selected === null) return;
  selectedNeighbours = new Set(graph.neighbors(selected));
  applyReducers();
  void sigma.getCamera().animate(sigma.getNodeDisplayData(selected) as { x: number; y: number }, { duration: 500 });
});
sigma.on("enterNode", ({ node }) => {
  hovered = node;
  neighbours = new Set(graph.neighbors(node));
  applyReducers();
});
sigma.on("leaveNode", () => {
  hovered = null;
  applyReducers();
});
// Where a node is drawn, so the benchmark can point at the same node in both pages.
Object.assign(window, {
  benchViewport: (node: string) => sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number }),
});
