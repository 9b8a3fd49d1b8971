// How each kind is drawn, as plain data shared by the canvas (view/) and the legend (ui/).
// Colour is Okabe–Ito (colour-blind safe); the shape is the second cue for greyscale and CVD readers.
import type { Kind } from "../model";

export type KindShape = "circle" | "square" | "diamond" | "triangle" | "ring";

export interface KindStyle {
  color: string;
  shape: KindShape;
}

export const KIND_STYLE: Record<Kind, KindStyle> = {
  event: { color: "#E69F00", shape: "diamond" },
  organisation: { color: "#0072B2", shape: "square" },
  person: { color: "#009E73", shape: "circle" },
  document: { color: "#D55E00", shape: "triangle" },
  theme: { color: "#CC79A7", shape: "ring" },
  other: { color: "#767676", shape: "circle" },
};

export const FADED_COLOR = "#E2E2E2";
export const EDGE_COLOR = "#9A9A9A";
export const LINEAGE_EDGE_COLOR = "#D55E00";
