// The status line's words, as a reader sees them with and without the time player.
import { describe, expect, it } from "vitest";

import { playSteps, unrevealedAt } from "../../src/queries/playback";
import { countShown, statusText } from "../../src/ui/shell/status-text";
import { storyGraph } from "../fixtures/graphs";

describe("status line text", () => {
  const graph = storyGraph();
  const steps = playSteps(graph);

  it("says how many nodes are shown when the player is off", () => {
    expect(statusText(countShown(13, null, null), 13)).toBe("Showing 13 of 13 nodes");
    expect(statusText(countShown(13, new Set(["a", "b"]), null), 13)).toBe("Showing 2 of 13 nodes");
  });

  it("counts only what the player has reached, within the filters", () => {
    // Step 0 is December 2011: the conference and the draft; the plenary, memorandum, guidance and
    // the undated toolkit wait, with whatever joins the story only through them.
    const waiting = unrevealedAt(steps, 0);
    const later = steps.slice(1).flatMap((s) => [...s.keys, ...s.joins]);
    expect([...waiting].sort()).toEqual(later.sort());
    expect(later).toEqual(expect.arrayContaining(["guidance", "memo", "plenary", "toolkit"]));
    expect(countShown(graph.order, null, waiting)).toBe(graph.order - later.length);
    expect(countShown(graph.order, new Set(["conference", "memo"]), waiting)).toBe(1);
  });

  it("names the month reached, and whether it is playing", () => {
    const december = steps[0]!;
    expect(statusText(9, 13, { step: december, playing: true })).toBe(
      "Showing 9 of 13 nodes · playing, up to December 2011",
    );
    expect(statusText(9, 13, { step: december, playing: false })).toBe("Showing 9 of 13 nodes · up to December 2011");
    const undated = steps.at(-1)!;
    expect(undated.label).toBe("No date");
    expect(statusText(13, 13, { step: undated, playing: false })).toBe(
      "Showing 13 of 13 nodes · every date, then the undated",
    );
  });
});
