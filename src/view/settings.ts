// Sigma settings shared by every view of the graph: programs, labels, camera limits.
import type { Settings } from "sigma/settings";

import { LABEL_SIZE } from "./display-graph";
import { NodeShapeProgram } from "./node-shape-program";
import { UNUSED_EDGE_PROGRAM, UNUSED_NODE_PROGRAM } from "./unused-program";

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const SIGMA_SETTINGS: Partial<Settings> = {
  nodeProgramClasses: { shape: NodeShapeProgram, circle: UNUSED_NODE_PROGRAM },
  edgeProgramClasses: { line: UNUSED_EDGE_PROGRAM },
  defaultNodeType: "shape",
  defaultEdgeType: "arrow",
  zIndex: true,
  renderEdgeLabels: true,
  // Sigma offers a few labels per grid cell, biggest nodes first; labels.ts then drops any that
  // collide. Small graphs offer every label (sigmaSettingsFor) and labels.ts alone decides.
  labelDensity: 1.5,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
  labelFont: FONT_STACK,
  labelSize: LABEL_SIZE,
  labelWeight: "500",
  labelColor: { color: "#1F1F1F" },
  edgeLabelFont: FONT_STACK,
  edgeLabelSize: 11,
  edgeLabelColor: { color: "#3D3D3D" },
  // Room for the controls over the canvas's corners (layout bar, zoom buttons): a fitted graph
  // keeps its nodes out from under them.
  stagePadding: 60,
  minCameraRatio: 0.08,
  maxCameraRatio: 4,
  // A graph opened from a file mounts sigma while the page may still be laying the canvas out;
  // ResizeController draws it once the container has a size, instead of sigma throwing.
  allowInvalidContainer: true,
};

/** Up to this many nodes every label is offered to the label drawer, which places the most important first. */
export const ALL_LABELS_MAX = 2000;

/**
 * Past this many edges, pointer events stay on nodes only. With edge events on, sigma draws every
 * edge a second time into its picking buffer at every frame: at 1k nodes / 5k edges in software
 * WebGL that made the compositor's task after each frame about twice as long (1.2-2.5 s against
 * 0.7-1.2 s, measured with the peer bench's graph).
 */
export const EDGE_EVENT_LIMIT = 2000;

/** Past this many edges, edges are not drawn while the camera moves, and only bigger nodes are named. */
export const LARGE_EDGE_COUNT = 20_000;

/**
 * The settings for a graph of `edgeCount` edges: relations can be hovered and clicked while it is
 * small; on a large graph panning and zooming stay smooth (edges hidden while moving, labels only
 * for nodes drawn at least 8 px).
 */
export function sigmaSettingsFor(edgeCount: number, nodeCount = 0): Partial<Settings> {
  const large = edgeCount > LARGE_EDGE_COUNT;
  return {
    ...SIGMA_SETTINGS,
    enableEdgeEvents: edgeCount <= EDGE_EVENT_LIMIT,
    ...(large ? { hideEdgesOnMove: true, labelRenderedSizeThreshold: 8 } : {}),
    ...(nodeCount <= ALL_LABELS_MAX ? { labelDensity: 1000 } : {}),
  };
}
