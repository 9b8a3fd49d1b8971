// Force layouts known before they are asked for. The layout is deterministic (layout.ts), so a
// layout input seen before has its positions already; the bundled dataset's is computed when the
// site is built (src/cli/default-layout.ts, through vite.config.ts) and handed over here by the
// page that loads it: its first visit then draws without running ForceAtlas2 and noverlap.
import type { LayoutInput, Positions } from "./layout";

export interface KnownLayout {
  /** layoutFingerprint of the input. */
  input: string;
  /** Key, x, y of each node. */
  positions: [string, number, number][];
}

/** The input as text: equal texts give equal positions. */
export function layoutFingerprint(input: LayoutInput): string {
  const { keys, edges, sizes, labelWidths, labelHeight, viewportPx, marginPx, seed } = input;
  return JSON.stringify([keys, [...edges], [...sizes], [...labelWidths], labelHeight, viewportPx, marginPx, seed]);
}

const known = new Map<string, KnownLayout["positions"]>();

export function addKnownLayout(layout: KnownLayout): void {
  known.set(layout.input, layout.positions);
}

/** The positions of a layout known for `input`, as a new map (the caller may change it). */
export function knownLayout(input: LayoutInput): Positions | undefined {
  if (known.size === 0) return undefined;
  const positions = known.get(layoutFingerprint(input));
  return positions && new Map(positions.map(([key, x, y]) => [key, { x, y }]));
}
