// Renderless: moves the display graph's nodes between the force layout and the time layout
// (`layout=time`; lanes by the chosen organisations when `org=` is set). The move animates with
// sigma's animateNodes on the display graph — the data graph is never touched — and is instant
// for readers who ask for reduced motion. The force positions are the ones the display graph was
// built with, kept from the first render; on large graphs the layout worker fills them in later
// (use-worker-layout.ts), and its progress shows over the canvas.
import { useSigma } from "@react-sigma/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { animateNodes } from "sigma/utils";

import { useStore } from "../context/explorer";
import { prefersReducedMotion } from "../context/media";
import type { DataGraph } from "../model";
import { cachedTimeLayout } from "../queries/cached";
import { fitInto } from "../queries/chain-layout";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import type { Chain } from "./chain";
import { LayoutProgress } from "./LayoutProgress";
import { TIME_SPACING, timePositions, timeSize } from "./time-geometry";
import { useWorkerLayout } from "./use-worker-layout";

export const LAYOUT_MS = 900;

type Placed = { x: number; y: number; size: number };

interface Props {
  graph: DataGraph;
  view: Store<ViewState>;
  /** An open lineage or connection: in the force layout it is laid out on its own (chain-layout.ts). */
  chain?: Chain | null;
}

export function LayoutController({ graph, view, chain = null }: Props) {
  const sigma = useSigma();
  const { layout, orgs } = useStore(view);
  // Organisations change the lanes only in the time layout; in the force layout they change nothing here.
  const lanes = layout === "time" ? orgs.join(",") : null;
  const laidOut = lanes === null ? chain : null;
  const [force] = useState(() => {
    const placed = new Map<string, Placed>();
    sigma.getGraph().forEachNode((key, a) => placed.set(key, { x: a.x, y: a.y, size: a.size }));
    return placed;
  });
  const first = useRef(true);
  const lanesNow = useRef(lanes);
  const showingForce = useCallback(() => lanesNow.current === null, []);
  const run = useWorkerLayout(graph, force, showingForce, prefersReducedMotion);

  useEffect(() => {
    lanesNow.current = lanes;
    const container = sigma.getContainer();
    container.dataset.layout = lanes === null ? "force" : "time";
    const opening = first.current;
    first.current = false;
    // The display graph is built in the force layout: nothing to move when it opens in it.
    if (opening && lanes === null && !laidOut) return;
    const display = sigma.getGraph();
    // No prototype: a node may be keyed "constructor" or "__proto__".
    const targets: Record<string, Placed> = Object.create(null);
    if (lanes === null) for (const [key, p] of force) targets[key] = { ...p };
    if (laidOut)
      for (const [key, p] of fitInto(laidOut.layout, force.values())) {
        const base = force.get(key);
        if (base) targets[key] = { x: p.x, y: p.y, size: base.size };
      }
    else if (lanes !== null) {
      const timeline = cachedTimeLayout(graph, lanes ? lanes.split(",") : [], TIME_SPACING);
      for (const [key, p] of timePositions(timeline)) {
        const base = force.get(key);
        if (base) targets[key] = { x: p.x, y: p.y, size: timeSize(base.size) };
      }
    }
    if (opening || prefersReducedMotion()) {
      display.updateEachNodeAttributes((key, attrs) => (targets[key] ? { ...attrs, ...targets[key] } : attrs), {
        attributes: ["x", "y", "size"],
      });
      if (!opening) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      // Render now: sigma frames the graph anew only when it renders, and the camera controllers
      // that run next read positions through that framing.
      sigma.refresh();
      return;
    }
    container.dataset.layoutMoving = "true";
    const stop = animateNodes(display, targets, { duration: LAYOUT_MS, easing: "quadraticInOut" }, () => {
      delete container.dataset.layoutMoving;
    });
    void sigma.getCamera().animatedReset({ duration: LAYOUT_MS });
    return () => {
      stop();
      delete container.dataset.layoutMoving;
    };
  }, [sigma, graph, force, lanes, laidOut]);
  return run && <LayoutProgress run={run} />;
}
