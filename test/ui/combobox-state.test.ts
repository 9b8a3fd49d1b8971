// The node combobox's keyboard rules, as a keyboard user meets them: arrows open the list and
// wrap around, Enter chooses only an option that is showing, Escape closes before it dismisses.
import { describe, expect, it } from "vitest";

import { INITIAL, isExpanded, keyEffect, TYPED, type ComboboxState } from "../../src/ui/search/combobox-state";

const open = (active: number): ComboboxState => ({ open: true, active });

describe("combobox keys", () => {
  it("opens a closed list on the first option with ArrowDown and on the last with ArrowUp", () => {
    expect(keyEffect(INITIAL, "ArrowDown", 5)).toEqual({ effect: { type: "move", to: 0 }, preventDefault: true });
    expect(keyEffect(INITIAL, "ArrowUp", 5)).toEqual({ effect: { type: "move", to: 4 }, preventDefault: true });
    // A list closed by Escape opens the same way, whatever was active before.
    expect(keyEffect({ open: false, active: 3 }, "ArrowDown", 5).effect).toEqual({ type: "move", to: 0 });
  });

  it("moves the active option in an open list and wraps at both ends", () => {
    expect(keyEffect(open(1), "ArrowDown", 5).effect).toEqual({ type: "move", to: 2 });
    expect(keyEffect(open(1), "ArrowUp", 5).effect).toEqual({ type: "move", to: 0 });
    expect(keyEffect(open(4), "ArrowDown", 5).effect).toEqual({ type: "move", to: 0 });
    expect(keyEffect(open(0), "ArrowUp", 5).effect).toEqual({ type: "move", to: 4 });
  });

  it("swallows the arrows when nothing matches, without opening anything", () => {
    expect(keyEffect(INITIAL, "ArrowDown", 0)).toEqual({ effect: { type: "none" }, preventDefault: true });
    expect(keyEffect(TYPED, "ArrowUp", 0)).toEqual({ effect: { type: "none" }, preventDefault: true });
  });

  it("chooses the active option with Enter only while the list shows it", () => {
    expect(keyEffect(open(2), "Enter", 5)).toEqual({ effect: { type: "choose", index: 2 }, preventDefault: true });
    // Closed list, empty list, or an active index the list no longer has: Enter is left alone.
    for (const [state, count] of [
      [{ open: false, active: 2 }, 5],
      [open(0), 0],
      [open(6), 3],
    ] as const) {
      expect(keyEffect(state, "Enter", count)).toEqual({ effect: { type: "none" }, preventDefault: false });
    }
  });

  it("closes a showing list with Escape, and dismisses only when no list shows", () => {
    expect(keyEffect(open(1), "Escape", 5)).toEqual({ effect: { type: "close" }, preventDefault: true });
    expect(keyEffect(INITIAL, "Escape", 5)).toEqual({ effect: { type: "dismiss" }, preventDefault: true });
    expect(keyEffect(TYPED, "Escape", 0)).toEqual({ effect: { type: "dismiss" }, preventDefault: true });
  });

  it("leaves other keys to the text box", () => {
    for (const key of ["a", "Tab", "Home", "ArrowLeft", " "]) {
      expect(keyEffect(open(1), key, 5)).toEqual({ effect: { type: "none" }, preventDefault: false });
    }
  });

  it("shows the list only when it is open and has options", () => {
    expect(isExpanded(TYPED, 3)).toBe(true);
    expect(isExpanded(TYPED, 0)).toBe(false);
    expect(isExpanded({ open: false, active: 0 }, 3)).toBe(false);
  });
});
