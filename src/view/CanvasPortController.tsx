// Renderless: offers the panels a PNG of what sigma draws (at 2×: sigma is re-rendered at that
// pixel ratio for the shot, then put back) and the drawn position of every node (for GEXF viz).
// A picture of the current view leaves out what the filters fade and frames what they keep: for
// that one refresh the reducers hide every node outside the view (whatever Fade or Hide is set to
// on screen) and the camera frames the rest as Hide would; both are put back before the next frame.
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

import type { DataGraph, Kind } from "../model";
import type { CanvasPort, NodePlacement, SnapshotOptions } from "../state/canvas-port";
import type { Store } from "../state/store";
import { frameNodes } from "./camera";
import { composeSnapshot } from "./compose-snapshot";
import type { ReducerSlot } from "./ReducersController";
import { svgOfView } from "./svg-view";

function withPixelRatio<T>(ratio: number, body: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  if (window.devicePixelRatio >= ratio) return body();
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return body();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

interface Props {
  graph: DataGraph;
  slot: ReducerSlot;
  /** The session's canvas port: set while this canvas is mounted. */
  port: Store<CanvasPort | null>;
}

export function CanvasPortController({ graph, slot, port }: Props) {
  const sigma = useSigma();
  useEffect(() => {
    const snapshot = ({ title, scale, only = null }: SnapshotOptions): Promise<Blob> => {
      const container = sigma.getContainer();
      const kinds = new Set<Kind>();
      graph.forEachNode((key, a) => {
        if (!only || only.has(key)) kinds.add(a.kind);
      });
      const camera = sigma.getCamera();
      const before = camera.getState();
      const frame = only && frameNodes(sigma, only);
      slot.restrict(only);
      if (frame) camera.setState(frame);
      const canvas = withPixelRatio(scale, () => {
        try {
          sigma.resize(true);
          sigma.refresh();
        } finally {
          slot.restrict(null);
          if (frame) camera.setState(before);
        }
        // Stacking order is document order: sigma appends its layers bottom first.
        const layers = [...container.querySelectorAll("canvas")];
        return composeSnapshot(
          layers,
          { width: container.offsetWidth, height: container.offsetHeight },
          { title, scale, kinds: [...kinds] },
        );
      });
      sigma.resize(true);
      sigma.refresh();
      return new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be made"))), "image/png"),
      );
    };
    const placements = () => {
      const out = new Map<string, NodePlacement>();
      sigma.getGraph().forEachNode((key, a) => out.set(key, { x: a.x, y: a.y, size: a.size, color: a.color }));
      return out;
    };
    const mine: CanvasPort = { snapshot, placements, vector: (title) => svgOfView(sigma, graph, title) };
    port.set(mine);
    return () => port.set((current) => (current === mine ? null : current));
  }, [sigma, graph, slot, port]);
  return null;
}
