import { describe, expect, it } from "vitest";

import type { CanvasPort, SnapshotOptions } from "../../src/state/canvas-port";
import { EXPORT_FORMATS, type ExportRequest } from "../../src/ui/files/export-formats";
import { storyGraph } from "../fixtures/graphs";

const graph = storyGraph();
const format = (what: string) => EXPORT_FORMATS.find((f) => f.what === what)!;
const view = new Set(["memo", "draft", "plenary"]);
const request = (changes: Partial<ExportRequest> = {}): ExportRequest => ({
  graph,
  scope: "full",
  keys: null,
  canvas: null,
  ...changes,
});

describe("the export formats", () => {
  it("offers PNG, GEXF, JSON, JSON-LD and CSV, in that order", () => {
    expect(EXPORT_FORMATS.map((f) => f.label)).toEqual(["PNG image (2×)", "GEXF", "JSON", "JSON-LD", "CSV"]);
  });

  it("says what the picture holds for each scope", () => {
    expect(format("PNG image").note("full")).toBe(" the canvas as drawn, with title and legend");
    expect(format("PNG image").note("view")).toBe(" only what the filters keep, framed, with title and legend");
  });

  it("writes only the current view's nodes when asked for it", async () => {
    const [file] = await format("JSON").make(request({ scope: "view", keys: view }));
    const json = JSON.parse(await file!.blob.text()) as { nodes: { key: string }[] };
    expect(json.nodes.map((n) => n.key).sort()).toEqual([...view].sort());
    const [full] = await format("JSON").make(request());
    expect((JSON.parse(await full!.blob.text()) as { nodes: unknown[] }).nodes).toHaveLength(graph.order);
  });

  it("makes two CSV files, nodes and edges", async () => {
    const files = await format("CSV").make(request());
    expect(files.map((f) => f.filename)).toEqual(["fixture-nodes.csv", "fixture-edges.csv"]);
    expect(files.every((f) => f.blob.type.startsWith("text/csv"))).toBe(true);
  });

  it("asks for the graph view when there is no canvas to picture", async () => {
    await expect(format("PNG image").make(request())).rejects.toThrow("switch to the graph view first");
  });

  it("pictures the current view, titled as such, at 2×", async () => {
    const asked: SnapshotOptions[] = [];
    const canvas: CanvasPort = {
      snapshot: async (options) => (asked.push(options), new Blob(["png"], { type: "image/png" })),
      placements: () => new Map(),
      vector: () => {
        throw new Error("the PNG does not draw vectors");
      },
    };
    const [file] = await format("PNG image").make(request({ scope: "view", keys: view, canvas }));
    expect(asked).toEqual([{ title: "Fixture (current view)", scale: 2, only: view }]);
    expect(file!.filename).toBe("fixture.png");
  });
});
