// Over the canvas's lower left: the layout switch and the time player (not over the table view).
// Names on the canvas keep clear of it (data-label-obstacle: view/LabelsController.tsx).
import { useViewState } from "../context";
import { LayoutSwitch } from "./LayoutSwitch";
import { TimePlayer } from "../time/TimePlayer";
import "./canvas-toolbar.css";

export function CanvasToolbar() {
  const { view } = useViewState();
  if (view === "table") return null;
  return (
    <div className="canvas-toolbar" data-label-obstacle="">
      <LayoutSwitch />
      <TimePlayer />
    </div>
  );
}
