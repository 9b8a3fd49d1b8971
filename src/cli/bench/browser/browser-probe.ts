// Runs inside both benchmark pages before their own scripts (page.addInitScript), and times what
// the reader sees: navigation → the first frame after the graph container is marked ready
// (data-graph-ready), and an input event → the next frame sigma renders (data-frames changes),
// each ending at the animation frame after the render, when the pixels are handed to the screen.
// It also keeps the longest main-thread task Chromium reports (long tasks: over 50 ms), from the
// navigation on: how long the page could not answer the reader at worst.
export interface BenchProbe {
  firstFrame: number | null;
  /** The longest main-thread task so far in ms (0: none over 50 ms). */
  longestTask: number;
  arm(type: "click" | "mousemove" | "keydown"): void;
  result(): Promise<number>;
}

export function installProbe(): void {
  let pending: { t0: number | null; frames: string | undefined; done: (ms: number) => void } | null = null;
  let result: Promise<number> = Promise.resolve(Number.NaN);
  let waitingForFirst = false;
  const container = () => document.querySelector<HTMLElement>("[data-graph-ready]");
  const probe: BenchProbe = {
    firstFrame: null,
    longestTask: 0,
    arm(type) {
      result = new Promise((done) => {
        pending = { t0: null, frames: undefined, done };
        const start = () => {
          if (!pending || pending.t0 !== null) return;
          pending.t0 = performance.now();
          pending.frames = container()?.dataset.frames;
        };
        window.addEventListener(type, start, { capture: true, once: true });
      });
    },
    result: () => result,
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    const ready = container();
    if (!ready) return;
    if (probe.firstFrame === null && !waitingForFirst) {
      waitingForFirst = true;
      requestAnimationFrame(() => (probe.firstFrame = performance.now()));
    }
    const p = pending;
    if (p && p.t0 !== null && ready.dataset.frames !== p.frames) {
      pending = null;
      requestAnimationFrame(() => p.done(performance.now() - (p.t0 as number)));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-graph-ready", "data-frames"] });
  (window as unknown as { benchProbe: BenchProbe }).benchProbe = probe;
}
