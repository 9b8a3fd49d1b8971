// What the status line says: how many nodes are on screen, and — while the time player is on — up
// to which moment of the story. Pure, so the wording is tested without a browser.
import type { PlayStep } from "../../queries/playback";

/** Nodes on screen: those the filters keep (all when `visible` is null) that the player has reached. */
export function countShown(
  total: number,
  visible: ReadonlySet<string> | null,
  unrevealed: ReadonlySet<string> | null,
): number {
  if (!unrevealed) return visible ? visible.size : total;
  if (!visible) return total - unrevealed.size;
  let shown = 0;
  for (const key of visible) if (!unrevealed.has(key)) shown += 1;
  return shown;
}

/** "up to May 2013"; the last, undated step has every date behind it. */
function moment(step: PlayStep): string {
  return step.when === "" ? "every date, then the undated" : `up to ${step.label}`;
}

export function statusText(
  shown: number,
  total: number,
  player: { step: PlayStep; playing: boolean } | null = null,
): string {
  const count = `Showing ${shown} of ${total} nodes`;
  if (!player) return count;
  return `${count} · ${player.playing ? "playing, " : ""}${moment(player.step)}`;
}
