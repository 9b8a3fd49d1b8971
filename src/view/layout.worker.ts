// The force layout off the page: the same function as a synchronous call (so the same positions
// for the same dataset), reporting where it has got to a few times a second.
import { layoutFromInput } from "../queries/layout";
import type { LayoutReply, LayoutRequest } from "./layout-messages";

const REPORT_MS = 250;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const input = event.data;
  const post = (reply: LayoutReply) => self.postMessage(reply, { transfer: "xy" in reply ? [reply.xy.buffer] : [] });
  try {
    let last = performance.now();
    const positions = layoutFromInput(input, (done, total, xy) => {
      const now = performance.now();
      if (now - last < REPORT_MS || done === total) return;
      last = now;
      post({ type: "progress", done, total, xy: xy() });
    });
    const xy = new Float64Array(input.keys.length * 2);
    input.keys.forEach((key, i) => {
      const p = positions.get(key)!;
      xy[i * 2] = p.x;
      xy[i * 2 + 1] = p.y;
    });
    post({ type: "done", xy });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
