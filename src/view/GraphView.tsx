// The canvas: a sigma instance over the display graph, with one renderless controller per concern
// and the zoom buttons on top. Everything it shows comes from the session's stores.
import { useMemo } from "react";

import { useExplorer } from "../context/explorer";

import { CameraController } from "./CameraController";
import { CanvasPortController } from "./CanvasPortController";
import { ChainCameraController } from "./ChainCameraController";
import { buildDisplayGraph } from "./display-graph";
import { EventsController } from "./EventsController";
import { createCanvasLabels, LabelsController } from "./LabelsController";
import { LayoutController } from "./LayoutController";
import { ReadyController } from "./ReadyController";
import { computeEmphasis } from "./reducers";
import { createReducerSlot, emphasisInput, ReducersController } from "./ReducersController";
import { ResizeController } from "./ResizeController";
import { SigmaCanvas } from "./SigmaCanvas";
import { sigmaSettingsFor } from "./settings";
import { TimeAxisController } from "./TimeAxisController";
import type { GraphViewProps } from "./types";
import { useChain, useUnrevealed } from "./use-story";
import { ZoomControls } from "./ZoomControls";

export function GraphView({ visible = null, onDrawn }: GraphViewProps) {
  const { graph, view, hover, edgeHover, playhead, canvas } = useExplorer();
  const display = useMemo(() => buildDisplayGraph(graph), [graph]);
  // Label drawers go into sigma's first settings: any later settings change reprocesses the graph.
  const labels = useMemo(() => createCanvasLabels(), []);
  const chain = useChain(graph, view);
  const unrevealed = useUnrevealed(graph, playhead);
  // So are the reducers, drawing the first render's emphasis; ReducersController swaps in later ones.
  const reducers = useMemo(
    () =>
      createReducerSlot(
        display,
        computeEmphasis(display, emphasisInput(view.get(), hover.get(), null, visible, chain, unrevealed)),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sigma starts from the first render's state; later states reach the slot through ReducersController
    [display],
  );
  const settings = useMemo(
    () => ({ ...sigmaSettingsFor(display.size, display.order), ...labels.settings, ...reducers.settings }),
    [display, labels, reducers],
  );
  return (
    <SigmaCanvas className="graph-canvas" graph={display} settings={settings}>
      <LabelsController labels={labels} />
      <LayoutController graph={graph} view={view} chain={chain} />
      <TimeAxisController graph={graph} view={view} playhead={playhead} />
      <ReducersController
        slot={reducers}
        view={view}
        hover={hover}
        edgeHover={edgeHover}
        visible={visible}
        chain={chain}
        unrevealed={unrevealed}
      />
      <EventsController view={view} hover={hover} edgeHover={edgeHover} />
      <CameraController view={view} visible={visible} chain={chain} />
      <ChainCameraController chain={chain} view={view} />
      <ZoomControls view={view} />
      <ReadyController onDrawn={onDrawn} />
      <ResizeController />
      <CanvasPortController graph={graph} slot={reducers} port={canvas} />
    </SigmaCanvas>
  );
}
