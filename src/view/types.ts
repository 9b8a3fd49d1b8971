/** What the canvas needs from the app beyond the session (which it reads from the explorer context). */
export interface GraphViewProps {
  /** Nodes the filters keep (null: all). Computed by the app from the view state. */
  visible?: ReadonlySet<string> | null;
  /** Called once sigma has drawn its first frame (what ReadyController marks as data-graph-ready). */
  onDrawn?: () => void;
}
