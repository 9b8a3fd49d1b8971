// Renderless: colours the display graph's nodes by an attribute when the legend asks (a partition,
// queries/partition.ts), and back to the colours it was built with (the file's own, else the
// kind's) when it stops asking. The data graph is never touched.
import { useSigma } from "@react-sigma/core";
import { useEffect, useState } from "react";

import type { DataGraph } from "../model";
import { cachedPartition } from "../queries/cached";
import type { Store } from "../state/store";
import { PARTITION_REST } from "../queries/partition";
import { useStore } from "../context/explorer";

export function ColourController({ graph, colourBy }: { graph: DataGraph; colourBy: Store<string | null> }) {
  const sigma = useSigma();
  const attribute = useStore(colourBy);
  const [built] = useState(() => {
    const colours = new Map<string, string>();
    sigma.getGraph().forEachNode((key, a) => colours.set(key, a.color as string));
    return colours;
  });
  useEffect(() => {
    const partition = attribute === null ? null : cachedPartition(graph, attribute);
    sigma.getGraph().updateEachNodeAttributes(
      (key, attrs) => ({
        ...attrs,
        color: partition ? (partition.colourOf.get(key) ?? PARTITION_REST) : built.get(key),
      }),
      { attributes: ["color"] },
    );
  }, [sigma, graph, built, attribute]);
  return null;
}
