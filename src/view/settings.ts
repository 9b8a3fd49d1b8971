// Sigma settings shared by every view of the graph: programs, labels, camera limits.
import type { Settings } from "sigma/settings";

import { NodeShapeProgram } from "./node-shape-program";

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const SIGMA_SETTINGS: Partial<Settings> = {
  nodeProgramClasses: { shape: NodeShapeProgram },
  defaultNodeType: "shape",
  defaultEdgeType: "arrow",
  zIndex: true,
  renderEdgeLabels: true,
  // Sigma offers a few labels per grid cell, biggest nodes first; labels.ts then drops any that collide.
  labelDensity: 1.5,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
  labelFont: FONT_STACK,
  labelSize: 12,
  labelWeight: "500",
  labelColor: { color: "#1F1F1F" },
  edgeLabelFont: FONT_STACK,
  edgeLabelSize: 11,
  edgeLabelColor: { color: "#3D3D3D" },
  stagePadding: 40,
  minCameraRatio: 0.08,
  maxCameraRatio: 4,
};

/** Past this many edges, pointer events stay on nodes only: picking edges on a big graph is slow. */
export const EDGE_EVENT_LIMIT = 5000;

/** The settings for a graph of `edgeCount` edges: relations can be hovered and clicked while it is small. */
export function sigmaSettingsFor(edgeCount: number): Partial<Settings> {
  return { ...SIGMA_SETTINGS, enableEdgeEvents: edgeCount <= EDGE_EVENT_LIMIT };
}
