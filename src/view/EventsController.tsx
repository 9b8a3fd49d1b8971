// Renderless: pointer events on the canvas become hover and selection in the stores. Relations
// answer the pointer too while the graph is small enough for sigma to pick edges (settings.ts).
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type { Store } from "../state/store";
import { selectEdge, selectNode } from "../state/transitions";
import type { ViewState } from "../state/view-state";

interface Props {
  view: Store<ViewState>;
  hover: Store<string | null>;
  edgeHover: Store<string | null>;
}

export function EventsController({ view, hover, edgeHover }: Props) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const container = sigma.getContainer();
    const pointing = (on: boolean) => container.classList.toggle("is-pointing", on);
    registerEvents({
      enterNode: ({ node }) => {
        hover.set(node);
        pointing(true);
      },
      leaveNode: () => {
        hover.set(null);
        pointing(false);
      },
      enterEdge: ({ edge }) => {
        edgeHover.set(edge);
        pointing(true);
      },
      leaveEdge: () => {
        edgeHover.set(null);
        pointing(false);
      },
      clickNode: ({ node }) => view.set((state) => selectNode(state, node)),
      clickEdge: ({ edge }) => view.set((state) => selectEdge(state, edge)),
      clickStage: () => view.set((state) => selectNode(state, null)),
    });
  }, [sigma, registerEvents, view, hover, edgeHover]);
  return null;
}
