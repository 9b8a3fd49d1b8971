// The time layout as sigma draws it, and the axis drawn over it. The timeline's y grows with the
// lane index; sigma's y grows upwards, so y is negated to keep the first lane (events) on top.
// axisMarks turns the timeline's ticks and lanes into screen positions through a projection
// (sigma's graphToViewport), so the axis follows the camera. Pure.
import { yearFraction } from "../model";
import type { Timeline, TimelineOptions } from "../queries/timeline";

/** A year wide enough that a month apart reads as apart; rows a little taller than a node. */
export const TIME_SPACING: TimelineOptions = { yearWidth: 120, rowHeight: 18, laneGap: 30 };

/** Nodes are drawn smaller in the time layout, where they sit in rows a month apart. */
export function timeSize(size: number): number {
  return Math.max(3, size * 0.75);
}

export interface Point {
  x: number;
  y: number;
}

export function timePositions(timeline: Timeline): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const [key, p] of timeline.positions) out.set(key, { x: p.x, y: -p.y });
  return out;
}

export interface AxisMarks {
  years: { year: number; label: string; x: number }[];
  lanes: { key: string; label: string; top: number; bottom: number }[];
  /** Where the player's current moment is, when it is playing a dated step. */
  now: number | null;
}

/** x of a date on the timeline: ticks are at year starts, `yearWidth` apart. */
export function timelineX(timeline: Timeline, iso: string): number | null {
  const first = timeline.ticks[0];
  const second = timeline.ticks[1];
  const year = yearFraction(iso);
  if (!first || year === undefined) return null;
  const width = second ? second.x - first.x : (TIME_SPACING.yearWidth ?? 100);
  return first.x + (year - first.year) * width;
}

export function axisMarks(timeline: Timeline, project: (p: Point) => Point, now: string | null = null): AxisMarks {
  const rowHeight = TIME_SPACING.rowHeight ?? 12;
  const nowX = now ? timelineX(timeline, now) : null;
  return {
    years: timeline.ticks.map((t) => ({ year: t.year, label: t.label, x: project({ x: t.x, y: 0 }).x })),
    lanes: timeline.lanes.map((lane) => {
      // Rows sit at lane.y + row × rowHeight: the band reaches half a row below the last and a row
      // above the first, where the lane's name is written.
      const a = project({ x: 0, y: -(lane.y - rowHeight * 1.1) }).y;
      const b = project({ x: 0, y: -(lane.y + lane.height - rowHeight / 2) }).y;
      return { key: lane.key, label: lane.label, top: Math.min(a, b), bottom: Math.max(a, b) };
    }),
    now: nowX === null ? null : project({ x: nowX, y: 0 }).x,
  };
}
