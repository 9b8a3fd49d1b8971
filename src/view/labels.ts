// Labels that never pile up. Sigma offers labels node by node, cell by cell; this drawer collects
// them and, at the end of the frame, places the most important first, each in the first place
// around its node (labelPlaces) that stays inside the canvas and crosses no label already placed
// and no node's shape. A label with no such place is left out rather than drawn over another: the
// layouts (queries/layout.ts, queries/chain-layout.ts) leave room so that few are. A label placed
// away from its node's side gets a dotted line to the node (leaderLine), so that it is not read
// as the name of the node it ends up beside.
//
// Who chooses first: the highlighted nodes (the selection, the hovered node, the ends of a selected
// relation), then the labels put first (the chosen organisations, the hubs, the ends of a traced
// chain: `labelFirst` from reducers.ts), then forced labels (a chain, the focus's neighbours), then
// documents and events before organisations, people and themes, bigger before smaller.
//
// Highlighted nodes are named in a white box on sigma's hover layer, which LabelsController lifts
// above the highlighted nodes' own layer, so no node is drawn over a name. Edge labels (edge-labels.ts)
// are placed earlier in the same frame and node labels keep clear of them.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

import type { Kind } from "../model";
import { type Box, type Canvas, type LabelPlace, labelPlaces, leaderLine, overlaps } from "./label-geometry";

const HALO = 4;
const PADDING = 3;

/** A label as drawn in the last frame, in viewport pixels: what the browser tests read. */
export interface PlacedLabel {
  key: string;
  text: string;
  kind: "node" | "hover" | "edge";
  box: Box;
  /** A node label's node, where it is drawn (x, y, radius). */
  node?: { x: number; y: number; size: number };
  /** The line drawn from the node to a label that does not sit against it (leaderLine). */
  leader?: [number, number, number, number];
}

const LEADER_COLOR = "#3D3D3D";
/** The radius of the white ring round a highlighted node. */
const RING = (data: { size: number }) => data.size + 2.5;

/** Draws the line joining a label to its node, when it needs one; returns it. */
function drawLeader(context: CanvasRenderingContext2D, x: number, y: number, size: number, box: Box) {
  const leader = leaderLine(x, y, size, box);
  if (!leader) return undefined;
  // Dotted, unlike the relations' solid lines: it belongs to the name, it is not a link.
  context.save();
  context.strokeStyle = LEADER_COLOR;
  context.lineWidth = 1.25;
  context.setLineDash([2, 2]);
  context.beginPath();
  context.moveTo(leader[0], leader[1]);
  context.lineTo(leader[2], leader[3]);
  context.stroke();
  context.restore();
  return leader;
}

/** What one frame has placed so far, shared by the node, hover and edge label drawers. */
export interface LabelFrame {
  /** Forgets the last frame (sigma's beforeRender). */
  reset(): void;
  placed: PlacedLabel[];
  /** Boxes of the shapes of the nodes drawn in colour this frame. */
  nodes(): readonly Box[];
  /** True when `box` crosses no placed label and no node shape but those of `own`. */
  free(box: Box, own: readonly string[]): boolean;
  /** True when `box` crosses no placed label. */
  clearOfLabels(box: Box): boolean;
}

export function createLabelFrame(obstacles: () => Box[]): LabelFrame {
  let nodes: Box[] | null = null;
  const frame: LabelFrame = {
    placed: [],
    reset() {
      frame.placed = [];
      nodes = null;
    },
    nodes: () => (nodes ??= obstacles()),
    clearOfLabels: (box) => !frame.placed.some((p) => overlaps(box, p.box)),
    free: (box, own) =>
      frame.clearOfLabels(box) && !frame.nodes().some((n) => !own.includes(n.key ?? "") && overlaps(box, n)),
  };
  return frame;
}

export interface LabelDrawer {
  /** Sigma's label callback: only collects the label; `flush` draws them. */
  draw: NodeLabelDrawingFunction;
  /** Sigma's hover callback (highlighted nodes): a white ring and the name in a white box. */
  drawHover: NodeHoverDrawingFunction;
  /** A whole frame starts (sigma's beforeRender, after the frame's reset). */
  begin(): void;
  /** Draws the collected labels, most important first, leaving out those that find no room;
   * `between` runs after the forced ones (the relations' labels go there). */
  flush(between?: () => void): void;
  /** True between `begin` and `flush`: a whole frame is being drawn. */
  inFrame(): boolean;
}

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & {
  key?: string;
  labelFirst?: boolean;
  kind?: Kind;
  /** Where the label would rather go ("below" in the chain layouts, where nodes sit side by side). */
  labelPlace?: LabelPlace;
};

interface Candidate {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: Parameters<NodeLabelDrawingFunction>[2];
}

const KIND_ORDER: Record<string, number> = { document: 0, event: 1, organisation: 2, person: 3, theme: 4 };
const rank = (data: LabelData) => (data.highlighted ? 3 : data.labelFirst ? 2 : data.forceLabel ? 1 : 0);
const kindOrder = (data: LabelData) => KIND_ORDER[data.kind ?? ""] ?? 5;

const canvasOf = (context: CanvasRenderingContext2D): Canvas => ({
  width: context.canvas.clientWidth || context.canvas.width,
  height: context.canvas.clientHeight || context.canvas.height,
});

export function createLabelDrawer(frame: LabelFrame): LabelDrawer {
  let pending: Candidate[] = [];
  // Sigma redraws the hover layer alone when only the pointer moved: it then starts from the labels
  // of the last whole frame.
  let open = false;
  let lastNodeLabels: PlacedLabel[] = [];
  const reserved = new Map<string, PlacedLabel | undefined>();
  /** A highlighted node's name, placed in the frame (undefined: no place inside the canvas). */
  const placeHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Candidate["settings"]) => {
    const key = data.key ?? "";
    const label = data.label as string;
    const fontSize = settings.labelSize;
    context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
    const width = context.measureText(label).width;
    const height = fontSize + 2 * PADDING;
    const places = labelPlaces(data.x, data.y, data.size + 2, width + 2 * PADDING, height, canvasOf(context));
    const box = places.find((b) => frame.free(b, [key])) ?? places.find((b) => frame.clearOfLabels(b)) ?? places[0];
    if (!box) return undefined;
    const placed: PlacedLabel = {
      key,
      text: label,
      kind: "hover",
      box,
      node: { x: data.x, y: data.y, size: RING(data) },
    };
    frame.placed.push(placed);
    return placed;
  };
  return {
    begin() {
      open = true;
      reserved.clear();
    },
    draw(context, data, settings) {
      if (!data.label) return;
      // A highlighted node's name is placed first, before the edge labels of the same frame, so it
      // gets the best place; drawHover draws it there.
      if (data.highlighted) reserved.set((data as LabelData).key ?? "", placeHover(context, data, settings));
      else pending.push({ context, data, settings });
    },
    drawHover(context, data, settings) {
      if (!open) {
        frame.placed = [...lastNodeLabels];
        reserved.clear();
        open = true;
      }
      const label = data.label;
      const key = (data as LabelData).key ?? "";
      // A ring, not a disc: this layer lies over the node, which must still show its shape.
      context.shadowBlur = 6;
      context.shadowColor = "rgba(0, 0, 0, 0.6)";
      context.strokeStyle = "#FFF";
      context.lineWidth = 3;
      context.beginPath();
      context.arc(data.x, data.y, RING(data), 0, Math.PI * 2);
      context.stroke();
      const placed = label ? (reserved.has(key) ? reserved.get(key) : placeHover(context, data, settings)) : undefined;
      if (!label || !placed) return void (context.shadowBlur = 0);
      const { box } = placed;
      context.shadowBlur = 0;
      const leader = drawLeader(context, data.x, data.y, RING(data), box);
      if (leader) placed.leader = leader;
      context.shadowBlur = 6;
      const fontSize = settings.labelSize;
      context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
      context.fillStyle = "#FFF";
      context.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
      context.shadowBlur = 0;
      context.fillStyle = settings.labelColor.color ?? "#000";
      context.fillText(label, box.left + PADDING, box.top + PADDING + fontSize * 0.82);
    },
    inFrame: () => open,
    flush(between) {
      const batch = pending.sort(
        // Ending on the key, so the same picture whatever order sigma offers the labels in.
        (a, b) =>
          rank(b.data) - rank(a.data) ||
          kindOrder(a.data) - kindOrder(b.data) ||
          b.data.size - a.data.size ||
          ((a.data.key ?? "") < (b.data.key ?? "") ? -1 : 1),
      );
      pending = [];
      const named = new Set(frame.placed.filter((p) => p.kind === "hover").map((p) => p.key));
      let forced = true;
      for (const { context, data, settings } of batch) {
        const key = data.key ?? "";
        if (forced && rank(data) === 0) {
          forced = false;
          between?.();
        }
        if (named.has(key)) continue;
        const fontSize = settings.labelSize;
        context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
        const label = data.label as string;
        const width = context.measureText(label).width;
        // The box is the text's, with the halo's width around it.
        const places = labelPlaces(
          data.x,
          data.y,
          data.size,
          width + HALO,
          fontSize + HALO,
          canvasOf(context),
          data.labelPlace,
        );
        let box = places.find((b) => frame.free(b, [key]));
        // A forced label (a chain, a neighbourhood) may lie over a node, never over another label.
        if (!box && rank(data) >= 1) box = places.find((b) => frame.clearOfLabels(b));
        if (!box) continue;
        const leader = drawLeader(context, data.x, data.y, data.size, box);
        const node = { x: data.x, y: data.y, size: data.size };
        frame.placed.push({ key, text: label, kind: "node", box, node, ...(leader && { leader }) });
        const baseline = box.top + HALO / 2 + fontSize * 0.82;
        // A light ground, not only a halo: the edges passing under a name would break its letters.
        context.fillStyle = "rgba(255, 255, 255, 0.94)";
        context.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
        context.fillStyle = settings.labelColor.color ?? "#000";
        context.fillText(label, box.left + HALO / 2, baseline);
      }
      if (forced) between?.();
      lastNodeLabels = frame.placed.filter((p) => p.kind === "node");
      open = false;
    },
  };
}
