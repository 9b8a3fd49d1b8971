// Renderless: sigma only re-measures its container on window resizes. When the page lays the canvas
// out after sigma started (a graph opened from a file, a panel opening or closing), this re-measures
// and redraws, so a container that was briefly zero-wide never leaves a blank or stretched canvas.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

export function ResizeController() {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    let last = `${container.offsetWidth}x${container.offsetHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${container.offsetWidth}x${container.offsetHeight}`;
      if (size === last || container.offsetWidth === 0 || container.offsetHeight === 0) return;
      last = size;
      sigma.resize();
      sigma.refresh();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
