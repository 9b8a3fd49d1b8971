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

/** The canvas as vector graphics (view/svg-view.ts). */
export interface ViewVector {
  svg: SVGSVGElement;
  /** Keys of the relations the view highlights, in footnote order (footnote n is index n - 1). */
  footnotes: string[];
  /** Keys of the nodes in the frame. */
  nodes: string[];
}

export interface CanvasPort {
  snapshot(options: SnapshotOptions): Promise<Blob>;
  /** What the camera shows now, as SVG, titled `title`. */
  vector(title: string): ViewVector;
  placements(): ReadonlyMap<string, NodePlacement>;
}
