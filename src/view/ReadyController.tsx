// Renderless: marks the container once sigma has drawn (it draws inside its constructor, so by the
// time this mounts the first frame is there) and counts later frames. Tests wait on these marks;
// the explorer is told (onDrawn), so panels that can wait render after that frame.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

export function ReadyController({ onDrawn }: { onDrawn?: () => void }) {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    let frames = 0;
    const count = () => {
      frames += 1;
      container.dataset.frames = String(frames);
    };
    sigma.on("afterRender", count);
    container.dataset.graphReady = "true";
    return () => {
      sigma.off("afterRender", count);
      delete container.dataset.graphReady;
    };
  }, [sigma]);
  useEffect(() => {
    onDrawn?.();
  }, [sigma, onDrawn]);
  return null;
}
