// Renderless: installs the collision-aware node and edge label drawers (labels.ts, edge-labels.ts).
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type Sigma from "sigma";

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

export function LabelsController() {
  const sigma = useSigma();
  useEffect(() => {
    const drawer = createLabelDrawer(() => nodeBoxes(sigma));
    const edges = createEdgeLabelDrawer();
    sigma.on("beforeRender", edges.reset);
    sigma.on("beforeRender", drawer.reset);
    sigma.on("afterRender", drawer.flush);
    // One call: each settings change makes sigma process every node and edge again.
    sigma.setSettings({
      defaultDrawNodeLabel: drawer.draw,
      defaultDrawNodeHover: drawer.drawHover,
      defaultDrawEdgeLabel: edges.draw,
    });
    return () => {
      sigma.off("beforeRender", edges.reset);
      sigma.off("beforeRender", drawer.reset);
      sigma.off("afterRender", drawer.flush);
    };
  }, [sigma]);
  return null;
}
