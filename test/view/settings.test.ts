// Sigma compiles every program its settings hold as it starts, its defaults included: only the
// programs the display graph draws may be real ones, and every type it draws must have one.
import { describe, expect, it, vi } from "vitest";

import { buildDisplayGraph } from "../../src/view/display-graph";
import { UNUSED_EDGE_PROGRAM, UNUSED_NODE_PROGRAM } from "../../src/view/unused-program";
import { realGraph } from "../fixtures/graphs";

// Sigma reads WebGL's constants as it loads; Node has none, and nothing here draws.
vi.stubGlobal("WebGL2RenderingContext", class {});
vi.stubGlobal("WebGLRenderingContext", class {});
const { resolveSettings } = await import("sigma/settings");
const { SIGMA_SETTINGS } = await import("../../src/view/settings");

describe("the sigma settings", () => {
  it("compile only the programs the explorer draws with", () => {
    const resolved = resolveSettings(SIGMA_SETTINGS);
    const real = (classes: Record<string, unknown>, unused: unknown) =>
      Object.keys(classes).filter((type) => classes[type] !== unused);
    const nodeTypes = real(resolved.nodeProgramClasses, UNUSED_NODE_PROGRAM);
    const edgeTypes = real(resolved.edgeProgramClasses, UNUSED_EDGE_PROGRAM);
    expect(nodeTypes).toEqual(["shape"]);
    expect(edgeTypes).toEqual(["arrow"]);
    const display = buildDisplayGraph(realGraph());
    expect(new Set(display.mapNodes((_key, a) => a.type))).toEqual(new Set(nodeTypes));
    expect(new Set(display.mapEdges((_key, a) => a.type))).toEqual(new Set(edgeTypes));
  });
});
