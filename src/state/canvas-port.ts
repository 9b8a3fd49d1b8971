// What the canvas (view/) offers the panels (ui/), which may not import it: a picture of what is
// drawn, and where each node is drawn. The canvas puts it in the session (`canvas`) while mounted.
export interface SnapshotOptions {
  /** Printed above the graph. */
  title: string;
  /** Resolution multiplier (2 for a 2× image). */
  scale: number;
  /** Draw only these nodes and the edges between them (the current view); absent or null: as drawn. */
  only?: ReadonlySet<string> | null;
}

export interface NodePlacement {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface CanvasPort {
  snapshot(options: SnapshotOptions): Promise<Blob>;
  placements(): ReadonlyMap<string, NodePlacement>;
}
