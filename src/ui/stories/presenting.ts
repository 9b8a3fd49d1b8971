// Presentation mode (full screen, large type, only the graph and the step's caption and quotes) is
// a way of showing the page, not part of the view: it stays out of the link, and Esc leaves it.
import { createStore } from "../../state/store";

export const presenting = createStore(false);

export function startPresenting(): void {
  presenting.set(true);
  // Full screen needs a user gesture and may be refused (an iframe, a test browser): the mode works without it.
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function stopPresenting(): void {
  presenting.set(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
