// Over the canvas while the force layout runs in its worker: how far it has got, and Stop (the
// graph stays where it has got to).
import type { LayoutRun } from "./use-worker-layout";

export function LayoutProgress({ run }: { run: LayoutRun }) {
  const percent = Math.round((100 * run.done) / run.total);
  return (
    <div className="layout-progress" role="group" aria-label="Layout in progress">
      <label>
        Arranging {run.nodes.toLocaleString("en")} nodes…{" "}
        <progress max={100} value={percent} aria-valuetext={`${percent}%`} />
      </label>
      <button type="button" onClick={run.stop}>
        Stop
      </button>
    </div>
  );
}
