// The canvas: a sigma instance over the display graph, with one renderless controller per concern
// and the zoom buttons on top. Everything it shows comes from the stores passed in.
import { SigmaContainer } from "@react-sigma/core";
import { useMemo } from "react";

import { CameraController } from "./CameraController";
import { buildDisplayGraph } from "./display-graph";
import { EventsController } from "./EventsController";
import { LabelsController } from "./LabelsController";
import { ReadyController } from "./ReadyController";
import { ReducersController } from "./ReducersController";
import { SIGMA_SETTINGS } from "./settings";
import type { GraphViewProps } from "./types";
import { ZoomControls } from "./ZoomControls";

export function GraphView({ graph, view, hover, visible = null }: GraphViewProps) {
  const display = useMemo(() => buildDisplayGraph(graph), [graph]);
  return (
    <SigmaContainer className="graph-canvas" graph={display} settings={SIGMA_SETTINGS}>
      <LabelsController />
      <ReducersController view={view} hover={hover} visible={visible} />
      <EventsController view={view} hover={hover} />
      <CameraController view={view} />
      <ZoomControls view={view} />
      <ReadyController />
    </SigmaContainer>
  );
}
