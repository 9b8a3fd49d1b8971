// The picture of the canvas for the PNG export: sigma's layers (edges, nodes, labels…, each its own
// canvas) drawn in their stacking order onto one canvas, under a title and above a legend of the
// kinds (colour and shape, as on screen). WebGL layers keep no pixels after they are shown, so the
// caller draws them here in the same task as the refresh that rendered them.
import { KIND_LABELS, KINDS, type Kind } from "../model";
import { KIND_STYLE, type KindShape } from "../state/appearance";
import { FONT_STACK } from "./settings";

const PAD = 16;
const TITLE = 22;
const LEGEND = 28;

function shape(ctx: CanvasRenderingContext2D, kind: KindShape, x: number, y: number, r: number, color: string) {
  ctx.beginPath();
  if (kind === "square") ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else if (kind === "diamond") {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  } else if (kind === "triangle") {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y + r * 0.8);
    ctx.lineTo(x - r, y + r * 0.8);
    ctx.closePath();
  } else ctx.arc(x, y, r, 0, 2 * Math.PI);
  if (kind === "ring") {
    ctx.lineWidth = r * 0.6;
    ctx.strokeStyle = color;
    ctx.stroke();
  } else {
    ctx.fillStyle = color;
    ctx.fill();
  }
}

/** Layers (canvases) in stacking order, all of width × height CSS pixels. */
export function composeSnapshot(
  layers: readonly HTMLCanvasElement[],
  size: { width: number; height: number },
  options: { title: string; scale: number; kinds: readonly Kind[] },
): HTMLCanvasElement {
  const { width, height } = size;
  const top = PAD + TITLE + PAD / 2;
  const out = document.createElement("canvas");
  out.width = Math.round(width * options.scale);
  out.height = Math.round((top + height + LEGEND + PAD) * options.scale);
  const ctx = out.getContext("2d")!;
  ctx.scale(options.scale, options.scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, top + height + LEGEND + PAD);
  ctx.fillStyle = "#1f1f1f";
  ctx.textBaseline = "middle";
  // A long title (" (current view)" added) gets a smaller type before the canvas squeezes its letters.
  const room = width - 2 * PAD;
  let px = 18;
  ctx.font = `600 ${px}px ${FONT_STACK}`;
  while (px > 12 && ctx.measureText(options.title).width > room) ctx.font = `600 ${--px}px ${FONT_STACK}`;
  ctx.fillText(options.title, PAD, PAD + TITLE / 2, room);
  for (const layer of layers) ctx.drawImage(layer, 0, top, width, height);
  ctx.font = `13px ${FONT_STACK}`;
  let x = PAD;
  const y = top + height + LEGEND / 2 + 4;
  for (const kind of KINDS.filter((k) => options.kinds.includes(k))) {
    const style = KIND_STYLE[kind];
    shape(ctx, style.shape, x + 6, y, 6, style.color);
    ctx.fillStyle = "#1f1f1f";
    const label = KIND_LABELS[kind].many;
    ctx.fillText(label, x + 16, y);
    x += 16 + ctx.measureText(label).width + 18;
  }
  return out;
}
