// Runs in every page before its own scripts (page.addInitScript) and watches what all three apps
// share, sigma's WebGL programs: the first draw call that covers at least `items` instances (every
// node, or every edge) is the graph being drawn; the animation frame after it is when the reader
// sees it. Long tasks are collected from navigation on, so boot counts for every app alike.
export interface PeerProbe {
  drawnAt: number | null;
  longest: number;
  longTasks: number;
}

export function installPeerProbe(items: number): void {
  const probe: PeerProbe = { drawnAt: null, longest: 0, longTasks: 0 };
  (window as unknown as { peerProbe: PeerProbe }).peerProbe = probe;
  let waiting = false;
  const seen = (count: number) => {
    if (probe.drawnAt !== null || waiting || count < items) return;
    waiting = true;
    requestAnimationFrame(() => (probe.drawnAt = performance.now()));
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const drawArrays = proto.drawArrays;
    proto.drawArrays = function (this: WebGLRenderingContext, mode: number, first: number, count: number) {
      // Points draw one vertex an item; lines two; triangles at least three.
      seen(mode === 0 ? count : mode === 1 ? count / 2 : count / 3);
      return drawArrays.call(this, mode, first, count);
    } as typeof drawArrays;
  }
  const instanced = WebGL2RenderingContext.prototype.drawArraysInstanced;
  WebGL2RenderingContext.prototype.drawArraysInstanced = function (
    this: WebGL2RenderingContext,
    mode: number,
    first: number,
    count: number,
    instances: number,
  ) {
    seen(instances);
    return instanced.call(this, mode, first, count, instances);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks++;
      probe.longest = Math.max(probe.longest, entry.duration);
    }
  }).observe({ type: "longtask", buffered: true });
}
