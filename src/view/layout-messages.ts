// What the page and the layout worker (layout.worker.ts) say to each other.
import type { LayoutInput } from "../queries/layout";

export type LayoutRequest = LayoutInput;

export type LayoutReply =
  /** Where the layout has got to: x, y per node in the input's key order. */
  | { type: "progress"; done: number; total: number; xy: Float64Array }
  | { type: "done"; xy: Float64Array }
  | { type: "error"; message: string };
