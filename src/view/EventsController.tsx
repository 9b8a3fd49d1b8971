// Renderless: pointer events on the canvas become hover and selection in the stores.
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type { Store } from "../state/store";
import { selectNode } from "../state/transitions";
import type { ViewState } from "../state/view-state";

interface Props {
  view: Store<ViewState>;
  hover: Store<string | null>;
}

export function EventsController({ view, hover }: Props) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        hover.set(node);
        container.classList.add("is-pointing");
      },
      leaveNode: () => {
        hover.set(null);
        container.classList.remove("is-pointing");
      },
      clickNode: ({ node }) => view.set((state) => selectNode(state, node)),
      clickStage: () => view.set((state) => selectNode(state, null)),
    });
  }, [sigma, registerEvents, view, hover]);
  return null;
}
