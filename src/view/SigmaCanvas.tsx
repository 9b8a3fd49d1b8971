// The sigma instance and the context the controllers read it from (useSigma), as @react-sigma's
// SigmaContainer gives them, except that sigma starts in a layout effect instead of a passive one:
// it draws as the page is committed, and the controllers mount in the same task (a state update in
// a layout effect renders synchronously), so the first frame the browser paints holds the graph
// with every controller attached, instead of an empty canvas first and the graph a frame later.
// SigmaProvider is marked @hidden by @react-sigma: the package is pinned to an exact version, and
// test/view/sigma-provider.test.tsx fails if an upgrade moves or changes it.
import { type SigmaContextInterface, SigmaProvider } from "@react-sigma/core";
import type { Attributes } from "graphology-types";
import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";

import type { DisplayGraph } from "./display-graph";

interface Props {
  graph: DisplayGraph;
  /** Given to sigma when it is created: a new object creates a new sigma (keep it memoised). */
  settings: Partial<Settings>;
  className: string;
  children: ReactNode;
}

export function SigmaCanvas({ graph, settings, className, children }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<SigmaContextInterface | null>(null);

  useLayoutEffect(() => {
    const instance = new Sigma(graph, holder.current!, settings) as unknown as Sigma<Attributes>;
    // A new instance for new settings keeps the reader's camera.
    setContext((previous) => {
      if (previous) instance.getCamera().setState(previous.sigma.getCamera().getState());
      return { sigma: instance, container: root.current! };
    });
    return () => instance.kill();
  }, [graph, settings]);

  return (
    <div className={`react-sigma ${className}`} ref={root}>
      <div className="sigma-container" ref={holder} />
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}
