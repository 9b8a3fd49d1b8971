// A file's own drawing: the optional attributes the canvas draws as given, when a file has them
// (Gephi's viz:position, viz:size, viz:color; `x`, `y`, `size`, `color` in JSON and CSV), and an
// edge's weight. One rule for the schema, the loader's fast path (fast-parse.ts) and the
// importers (io/flat-attributes.ts), so a value is taken or refused the same way everywhere.

export const NODE_DRAWING = ["x", "y", "size", "color"] as const;
export const EDGE_DRAWING = ["color", "weight"] as const;

export type NodeDrawing = { x?: number; y?: number; size?: number; color?: string };
export type EdgeDrawing = { color?: string; weight?: number };

/** CSS hex, rgb() and rgba() with commas: what Gephi and graphology write, and what sigma reads. */
export const COLOR_PATTERN =
  /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*(0|1|0?\.\d+|1\.0*)\s*)?\))$/i;

type Name = (typeof NODE_DRAWING)[number] | (typeof EDGE_DRAWING)[number];

/** The value as the contract keeps it, or undefined when it is not one (a colour that is no colour). */
export function drawingValue(name: Name, value: unknown): number | string | undefined {
  if (name === "color") return typeof value === "string" && COLOR_PATTERN.test(value) ? value : undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  return name === "size" && value <= 0 ? undefined : value;
}

/**
 * Copies each of `names` that `from` holds onto `to` when it is a valid value; false when a
 * present value was refused (the others are still copied).
 */
export function pickDrawing(from: Readonly<Record<string, unknown>>, names: readonly Name[], to: object): boolean {
  let all = true;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const raw = from[name];
    if (raw === undefined) continue;
    const value = drawingValue(name, raw);
    if (value === undefined) all = false;
    else (to as Record<string, unknown>)[name] = value;
  }
  return all;
}
