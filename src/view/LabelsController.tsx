// Renderless: installs the collision-aware label drawer (labels.ts) and resets it every frame.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import { createLabelDrawer } from "./labels";

export function LabelsController() {
  const sigma = useSigma();
  useEffect(() => {
    const drawer = createLabelDrawer();
    sigma.on("beforeRender", drawer.reset);
    sigma.setSetting("defaultDrawNodeLabel", drawer.draw);
    return () => {
      sigma.off("beforeRender", drawer.reset);
    };
  }, [sigma]);
  return null;
}
