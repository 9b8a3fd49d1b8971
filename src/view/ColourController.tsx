// Renderless: colours the display graph's nodes by an attribute when the legend asks (a partition,
// queries/partition.ts), and back to the colours it was built with (the file's own, else the
// kind's) when it stops asking. The data graph is never touched.
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";

import type { DataGraph } from "../model";
import { cachedPartition } from "../queries/cached";
import type { Store } from "../state/store";
import { PARTITION_REST } from "../queries/partition";
import { useStore } from "../context/explorer";

export function ColourController({ graph, colourBy }: { graph: DataGraph; colourBy: Store<string | null> }) {
  const sigma = useSigma();
  const attribute = useStore(colourBy);
  // The colours the display graph was built with, kept when a partition first replaces them.
  const built = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    // Nothing to undo: rewriting every colour would make sigma process and draw the whole graph
    // again, a second full frame right after the first.
    if (attribute === null && built.current === null) return;
    const display = sigma.getGraph();
    if (built.current === null) {
      const colours = new Map<string, string>();
      display.forEachNode((key, a) => colours.set(key, a.color as string));
      built.current = colours;
    }
    const before = built.current;
    const partition = attribute === null ? null : cachedPartition(graph, attribute);
    display.updateEachNodeAttributes(
      (key, attrs) => ({
        ...attrs,
        color: partition ? (partition.colourOf.get(key) ?? PARTITION_REST) : before.get(key),
      }),
      { attributes: ["color"] },
    );
    if (attribute === null) built.current = null;
  }, [sigma, graph, attribute]);
  return null;
}
