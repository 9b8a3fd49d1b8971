import type { DataGraph } from "../model";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";

/** What the canvas needs from the app: the data, the view store and the hover store. */
export interface GraphViewProps {
  graph: DataGraph;
  view: Store<ViewState>;
  hover: Store<string | null>;
  /** Nodes the filters keep (null: all). Computed by the app from the view state. */
  visible?: ReadonlySet<string> | null;
  /** The time player's step (an index into playSteps), null when it is not on; absent: no player. */
  playhead?: Store<number | null>;
  /** The attribute the legend colours nodes by (a partition), null: the file's or the kind's colours. */
  colourBy?: Store<string | null>;
  /** Called once sigma has drawn its first frame (what ReadyController marks as data-graph-ready). */
  onDrawn?: () => void;
}
