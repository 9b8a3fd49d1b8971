// Renderless: runs the collision-aware node and edge label drawers (labels.ts, edge-labels.ts),
// which GraphView hands to sigma with its first settings (createCanvasLabels).
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type Sigma from "sigma";
import type { Settings } from "sigma/settings";

import { FADED_COLOR } from "../state/appearance";
import { createEdgeLabelDrawer } from "./edge-labels";
import { type Box, nodeBox } from "./label-geometry";
import { createLabelDrawer, createLabelFrame, type PlacedLabel } from "./labels";

/** Past this many nodes, labels only avoid each other: boxing every node each frame costs too much. */
const NODE_OBSTACLE_LIMIT = 2000;

function nodeBoxes(sigma: Sigma): Box[] {
  const graph = sigma.getGraph();
  if (graph.order > NODE_OBSTACLE_LIMIT) return [];
  const boxes: Box[] = [];
  graph.forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    // A faded node is background: the labels of what stands out may cover it.
    if (!data || data.hidden || data.color === FADED_COLOR) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    boxes.push(nodeBox(key, x, y, sigma.scaleSize(data.size)));
  });
  return boxes;
}

/** Controls over the canvas (marked data-label-obstacle): names keep clear of them. They do not move
 * with the camera, so the same frame always finds them in the same place. */
function overlayBoxes(container: HTMLElement): Box[] {
  const frame = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of document.querySelectorAll("[data-label-obstacle]")) {
    const r = element.getBoundingClientRect();
    if (
      r.width === 0 ||
      r.right <= frame.left ||
      r.left >= frame.right ||
      r.bottom <= frame.top ||
      r.top >= frame.bottom
    )
      continue;
    boxes.push({
      left: r.left - frame.left,
      top: r.top - frame.top,
      right: r.right - frame.left,
      bottom: r.bottom - frame.top,
    });
  }
  return boxes;
}

export interface CanvasLabels {
  /** Sigma's label settings: given when sigma is created, since changing a setting later reprocesses the graph. */
  settings: Pick<Settings, "defaultDrawNodeLabel" | "defaultDrawNodeHover" | "defaultDrawEdgeLabel">;
  /** Starts drawing for this sigma instance (the nodes it keeps clear of); returns the stop. */
  attach(sigma: Sigma): () => void;
}

/** The labels of the last frame, on the graph's container: what the browser tests read. */
export type LabelledContainer = HTMLElement & { drawnLabels?: readonly PlacedLabel[] };

export function createCanvasLabels(): CanvasLabels {
  let current: Sigma | null = null;
  const frame = createLabelFrame(() =>
    current ? [...nodeBoxes(current), ...overlayBoxes(current.getContainer())] : [],
  );
  const nodes = createLabelDrawer(frame);
  const edges = createEdgeLabelDrawer(frame, nodes.inFrame);
  return {
    settings: {
      defaultDrawNodeLabel: nodes.draw,
      defaultDrawNodeHover: nodes.drawHover,
      defaultDrawEdgeLabel: edges.draw,
    },
    attach(sigma) {
      current = sigma;
      const container = sigma.getContainer() as LabelledContainer;
      // The hover layer (names in white boxes) goes over the highlighted nodes' layer, so that a
      // highlighted node never covers another's name; the mouse layer stays on top of both.
      const { hovers, hoverNodes } = sigma.getCanvases();
      if (hovers && hoverNodes) hoverNodes.after(hovers);
      const begin = () => {
        frame.reset();
        nodes.begin();
      };
      const end = () => {
        nodes.flush(edges.flush);
        container.drawnLabels = frame.placed.slice();
      };
      // Sigma drew its first frame when it was created, before anything could listen: draw its labels now.
      end();
      sigma.on("beforeRender", begin);
      sigma.on("afterRender", end);
      return () => {
        sigma.off("beforeRender", begin);
        sigma.off("afterRender", end);
        current = null;
      };
    },
  };
}
export function LabelsController({ labels }: { labels: CanvasLabels }) {
  const sigma = useSigma();
  useEffect(() => labels.attach(sigma), [sigma, labels]);
  return null;
}
