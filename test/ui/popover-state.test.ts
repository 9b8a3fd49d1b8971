import { describe, expect, it } from "vitest";

import { popoverStep } from "../../src/ui/files/popover-state";

describe("a disclosure popover", () => {
  it("opens and closes with its button", () => {
    expect(popoverStep(false, "toggle").open).toBe(true);
    expect(popoverStep(true, "toggle").open).toBe(false);
  });

  it("closes on Escape, with focus back on its button, and keeps the key from the page", () => {
    expect(popoverStep(true, "escape")).toEqual({ open: false, refocus: true, handled: true });
  });

  it("leaves Escape to the page while closed", () => {
    expect(popoverStep(false, "escape")).toEqual({ open: false, refocus: false, handled: false });
  });

  it("closes on a press elsewhere, leaving focus where the press put it", () => {
    expect(popoverStep(true, "press-outside")).toEqual({ open: false, refocus: false, handled: false });
  });
});
