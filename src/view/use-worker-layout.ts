// Large graphs open at once on the force layout's seeded starting points while a worker
// (layout.worker.ts) computes the layout; the canvas follows its progress and glides to the result. Stop keeps the picture where it has got to. The positions are
// the same as a synchronous forceLayout with the same options, so a dataset always settles the
// same way. The container carries data-layout-running while the worker works.
// Each picture of the progress costs sigma a pass over the whole graph and a frame: on a 50k-node
// graph in software WebGL that is seconds. So a progress picture waits until the page has been free
// for a few times what the last one (or the first frame) cost: the page stays mostly free for the
// reader, and at 50k nodes the layout ends before a second picture is due. A large graph jumps to
// its final positions instead of gliding (each frame of a glide is such a pass).
// A file with its own positions (queries/given-drawing.ts) is not laid out until the reader asks (`asked`).
import { useSigma } from "@react-sigma/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { animateNodes } from "sigma/utils";

import type { DataGraph } from "../model";
import { givenPositions } from "../queries/given-drawing";
import { layoutInput } from "../queries/layout";
import { displayLayoutOptions, SYNC_LAYOUT_MAX } from "./display-graph";
import type { LayoutReply } from "./layout-messages";

export interface LayoutRun {
  done: number;
  total: number;
  nodes: number;
  stop(): void;
}

type Placed = { x: number; y: number; size: number };

/** Glide to the final positions this fast (instant when the reader asks for reduced motion). */
const SETTLE_MS = 600;
/** Past this many nodes the final positions are taken at once, without a glide. */
export const GLIDE_MAX = 5000;
/** After a progress picture, the page is left free for this many times what it cost before the next. */
const FREE_SHARE = 3;

export function useWorkerLayout(
  graph: DataGraph,
  force: Map<string, Placed>,
  /** True while the canvas shows the force layout (not the time layout). */
  showing: () => boolean,
  reducedMotion: () => boolean,
  /** How many times the reader asked for the layout ("Lay out again"); any size of graph then runs it. */
  asked = 0,
): LayoutRun | null {
  const sigma = useSigma();
  const given = useMemo(() => givenPositions(graph) !== null, [graph]);
  const wanted = asked > 0 || (!given && graph.order > SYNC_LAYOUT_MAX);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(() =>
    wanted ? { done: 0, total: 1 } : null,
  );
  const stopRef = useRef<() => void>(() => {});
  const stop = useCallback(() => stopRef.current(), []);

  useEffect(() => {
    if (!wanted) return;
    const container = sigma.getContainer();
    const display = sigma.getGraph();
    const input = layoutInput(graph, displayLayoutOptions(graph));
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    let cancelAnimation = () => {};
    // When the next progress picture may be drawn: after the last one has rendered and the page has been free a while.
    let nextPicture = 0;
    let cancelFrame = () => {};
    // Timed to the frame after the picture's: sigma draws in one animation frame, but the page is
    // blocked until that frame is composited (in software WebGL, reading the canvases back: 10-14 s
    // at 50k nodes). Timed to the picture's own frame, only sigma's share counted, and the next
    // picture came as soon as the page was free, so the layout's pictures ran back to back.
    const timePicture = (start: number) => {
      nextPicture = Infinity;
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          const end = performance.now();
          nextPicture = end + FREE_SHARE * (end - start);
        });
      });
      cancelFrame = () => cancelAnimationFrame(frame);
    };
    const apply = (xy: Float64Array, glide: boolean) => {
      const targets: Record<string, { x: number; y: number }> = Object.create(null); // any key, "__proto__" too
      input.keys.forEach((key, i) => {
        const target = { x: xy[i * 2]!, y: xy[i * 2 + 1]! };
        targets[key] = target;
        const placed = force.get(key);
        if (placed) Object.assign(placed, target);
      });
      if (!showing()) return;
      cancelAnimation();
      if (glide && !reducedMotion() && input.keys.length <= GLIDE_MAX)
        cancelAnimation = animateNodes(display, targets, { duration: SETTLE_MS, easing: "quadraticInOut" });
      else
        display.updateEachNodeAttributes((key, attrs) => ({ ...attrs, ...targets[key] }), { attributes: ["x", "y"] });
    };
    const finish = () => {
      worker.terminate();
      delete container.dataset.layoutRunning;
      setProgress(null);
    };
    container.dataset.layoutRunning = "true";
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.type === "progress") {
        setProgress({ done: reply.done, total: reply.total });
        const start = performance.now();
        if (start < nextPicture) return;
        apply(reply.xy, false);
        timePicture(start);
      } else {
        if (reply.type === "done") apply(reply.xy, true);
        else console.warn(`layout: ${reply.message}`);
        finish();
      }
    };
    worker.onerror = (event) => {
      console.warn(`layout: ${event.message}`);
      finish();
    };
    stopRef.current = finish;
    // The canvas's first frame, just drawn, counts as the first picture.
    timePicture(performance.now());
    worker.postMessage(input, [input.edges.buffer, input.sizes.buffer]);
    return () => {
      cancelAnimation();
      cancelFrame();
      finish();
      stopRef.current = () => {};
    };
  }, [graph, sigma, force, showing, reducedMotion, wanted, asked]);

  return progress && { ...progress, nodes: graph.order, stop };
}
