// Renderless: runs the collision-aware node and edge label drawers (labels.ts, edge-labels.ts),
// which GraphView hands to sigma with its first settings (createCanvasLabels).
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type Sigma from "sigma";
import type { Settings } from "sigma/settings";

import { FADED_COLOR } from "../state/appearance";
import { createEdgeLabelDrawer } from "./edge-labels";
import type { Box } from "./label-geometry";
import { createLabelDrawer } from "./labels";

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
    const r = sigma.scaleSize(data.size);
    boxes.push({ key, left: x - r, top: y - r, right: x + r, bottom: y + r });
  });
  return boxes;
}

export interface CanvasLabels {
  /** Sigma's label settings: given when sigma is created, since changing a setting later reprocesses the graph. */
  settings: Pick<Settings, "defaultDrawNodeLabel" | "defaultDrawNodeHover" | "defaultDrawEdgeLabel">;
  /** Starts drawing for this sigma instance (the nodes it keeps clear of); returns the stop. */
  attach(sigma: Sigma): () => void;
}

export function createCanvasLabels(): CanvasLabels {
  let current: Sigma | null = null;
  const nodes = createLabelDrawer(() => (current ? nodeBoxes(current) : []));
  const edges = createEdgeLabelDrawer();
  return {
    settings: {
      defaultDrawNodeLabel: nodes.draw,
      defaultDrawNodeHover: nodes.drawHover,
      defaultDrawEdgeLabel: edges.draw,
    },
    attach(sigma) {
      current = sigma;
      // Sigma drew its first frame when it was created, before anything could listen: draw its labels now.
      nodes.flush();
      sigma.on("beforeRender", edges.reset);
      sigma.on("beforeRender", nodes.reset);
      sigma.on("afterRender", nodes.flush);
      return () => {
        sigma.off("beforeRender", edges.reset);
        sigma.off("beforeRender", nodes.reset);
        sigma.off("afterRender", nodes.flush);
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
