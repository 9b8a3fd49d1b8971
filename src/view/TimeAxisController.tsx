// In the time layout, a year axis and lane bands drawn under the graph: an element placed below
// sigma's layers, filled by React through a portal. Positions come from sigma's graphToViewport after
// every render, so the axis follows the camera and the nodes while they move between layouts.
// The player's current moment is drawn as a line across the lanes.
import { useSigma } from "@react-sigma/core";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";

import { useStore } from "../context/explorer";
import type { DataGraph } from "../model";
import { cachedPlaySteps, cachedTimeLayout } from "../queries/cached";
import type { Store } from "../state/store";
import type { ViewState } from "../state/view-state";
import { axisMarks, TIME_SPACING, type AxisMarks } from "./time-geometry";
import "./overlays.css";

interface Props {
  graph: DataGraph;
  view: Store<ViewState>;
  playhead: Store<number | null>;
}

function sameMarks(a: AxisMarks | null, b: AxisMarks): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function TimeAxisController(props: Props) {
  const layout = useStore(props.view, (state) => state.layout);
  return layout === "time" ? <TimeAxis {...props} /> : null;
}

function TimeAxis({ graph, view, playhead }: Props) {
  const sigma = useSigma();
  const orgs = useStore(view, (state) => state.orgs);
  const step = useStore(playhead);
  // Our own element, put first in sigma's container so that every sigma layer draws over it.
  const [layer] = useState(() => {
    const element = document.createElement("div");
    element.className = "time-axis-layer";
    return element;
  });
  const [marks, setMarks] = useState<AxisMarks | null>(null);
  const timeline = cachedTimeLayout(graph, orgs, TIME_SPACING);
  const now = step === null ? null : (cachedPlaySteps(graph)[step]?.when ?? null);

  useEffect(() => {
    sigma.getContainer().prepend(layer);
    return () => layer.remove();
  }, [sigma, layer]);

  useEffect(() => {
    const update = () => {
      const next = axisMarks(timeline, (p) => sigma.graphToViewport(p), now || null);
      setMarks((current) => (sameMarks(current, next) ? current : next));
    };
    update();
    sigma.on("afterRender", update);
    sigma.on("resize", update);
    return () => {
      sigma.off("afterRender", update);
      sigma.off("resize", update);
    };
  }, [sigma, timeline, now]);

  if (!marks) return null;
  return createPortal(
    <div className="time-axis" role="group" aria-label="Year axis">
      {marks.lanes.map((lane, i) => (
        <div
          key={lane.key}
          className={i % 2 ? "time-lane" : "time-lane is-shaded"}
          style={{ top: lane.top, height: lane.bottom - lane.top }}
        >
          <span className="time-lane-label">{lane.label}</span>
        </div>
      ))}
      {marks.years.map((year) => (
        <div key={year.year} className="time-year" style={{ left: year.x }}>
          <span className="time-year-label">{year.label}</span>
        </div>
      ))}
      {marks.now !== null && <div className="time-now" style={{ left: marks.now }} aria-hidden="true" />}
    </div>,
    layer,
  );
}
