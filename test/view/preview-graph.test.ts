// The picture drawn while a file is checked must be the picture the explorer then draws from the
// checked graph: same positions, sizes, colours, names and edges.
import { describe, expect, it } from "vitest";

import { importFile } from "../../src/io/import-file";
import { previewDataset, prepareDataset } from "../../src/io/read-dataset";
import { PREVIEW_MIN_NODES, previewOf } from "../../src/io/preview";
import { buildDisplayGraph } from "../../src/view/display-graph";
import { buildPreviewGraph } from "../../src/view/preview-graph";

function gexf(nodes: number, { positions = true, sizes = true } = {}): string {
  const lines = [];
  for (let i = 0; i < nodes; i++) {
    const viz = [
      `<viz:color r="${(i * 37) % 256}" g="${(i * 11) % 256}" b="200"/>`,
      sizes && i % 3 ? `<viz:size value="${1 + (i % 7)}"/>` : "",
      positions || i ? `<viz:position x="${(i % 40) * 10}" y="${Math.floor(i / 40) * -10}"/>` : "",
    ].join("");
    lines.push(`<node id="n${i}" label="Node ${i} of a rather long name here"><attvalues/>${viz}</node>`);
  }
  const edges = [];
  for (let i = 0; i < nodes * 2; i++) {
    const s = i % nodes;
    const t = (i * 7 + 3) % nodes;
    if (s !== t) edges.push(`<edge id="e${i}" source="n${s}" target="n${t}"/>`);
  }
  edges.push(`<edge id="loop" source="n1" target="n1"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
<graph defaultedgetype="directed"><nodes>${lines.join("")}</nodes><edges>${edges.join("")}</edges></graph></gexf>`;
}

describe("the preview of a file's own drawing", () => {
  it("draws exactly what the explorer draws from the checked graph", () => {
    const text = gexf(PREVIEW_MIN_NODES + 20);
    const preview = previewDataset(prepareDataset([{ name: "drawn.gexf", text }]));
    expect(preview).not.toBeNull();
    const imported = importFile("drawn.gexf", text);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const checked = buildDisplayGraph(imported.graph);
    const drawn = buildPreviewGraph(preview!);
    expect(drawn.order).toBe(checked.order);
    expect(drawn.size).toBe(checked.size); // the self-loop is left out by both
    checked.forEachNode((key, a) => {
      const { x, y, size, color, label, fullLabel, shape, hub } = drawn.getNodeAttributes(key);
      expect({ x, y, size, color, label, fullLabel, shape, hub }).toEqual({
        x: a.x,
        y: a.y,
        size: a.size,
        color: a.color,
        label: a.label,
        fullLabel: a.fullLabel,
        shape: a.shape,
        hub: a.hub,
      });
    });
    const ends = (g: typeof drawn) =>
      g
        .mapEdges((_k, a, s, t) => `${s}>${t} ${a.color} ${a.size}`)
        .sort()
        .join("\n");
    expect(ends(drawn)).toBe(ends(checked));
  });

  it("is offered only when every node has a position, and the graph is large", () => {
    expect(previewOf({ nodes: [] })).toBeNull();
    const some = previewDataset(
      prepareDataset([{ name: "part.gexf", text: gexf(PREVIEW_MIN_NODES, { positions: false }) }]),
    );
    expect(some).toBeNull();
    const small = previewDataset(prepareDataset([{ name: "small.gexf", text: gexf(PREVIEW_MIN_NODES - 1) }]));
    expect(small).toBeNull();
  });

  it("reads a graphology export's positions, and refuses a repeated key", () => {
    const nodes = Array.from({ length: PREVIEW_MIN_NODES }, (_, i) => ({
      key: i,
      attributes: { x: i, y: -i, label: `n ${i}`, color: i ? "#112233" : "not a colour" },
    }));
    const preview = previewOf({
      nodes,
      edges: [
        { source: 0, target: 1 },
        { source: 0, target: "nowhere" },
      ],
    });
    expect(preview?.keys.slice(0, 2)).toEqual(["0", "1"]);
    expect([...preview!.source]).toEqual([0]);
    expect(preview?.colors.slice(0, 2)).toEqual([null, "#112233"]);
    expect(previewOf({ nodes: [...nodes, nodes[3]!] })).toBeNull();
  });
});
