// The loader's fast path must agree with the schema: the same output, key order included, for
// every item it accepts, and no answer (so zod words the problem) for anything zod would change
// or reject.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { fastEdge, fastNode } from "../../src/model/fast-parse";
import { serializedEdgeSchema, serializedNodeSchema } from "../../src/model/schema";

const real = JSON.parse(readFileSync("graph-data/veo-rehabilitation.json", "utf8")) as {
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
};

/** Variants of a valid item: each either still valid or changed in a way zod trims, strips or rejects. */
function variants(item: Record<string, unknown>): unknown[] {
  const attributes = item.attributes as Record<string, unknown>;
  const withAttrs = (change: Record<string, unknown>) => ({ ...item, attributes: { ...attributes, ...change } });
  return [
    item,
    { ...item, note: "an unknown field" },
    { ...item, key: "" },
    { ...item, undirected: false },
    { ...item, undirected: true },
    null,
    [item],
    withAttrs({ label: " padded" }),
    withAttrs({ relation: "" }),
    withAttrs({ kind: "planet" }),
    withAttrs({ aliases: ["fine", " padded"] }),
    withAttrs({ description: 7 }),
    withAttrs({ place: null, role: "chair" }),
    withAttrs({ start: "2012", label: 3 }),
    withAttrs({ description: "  kept as it is  ", end: "" }),
    withAttrs({ sources: [] }),
    withAttrs({ sources: [{ source: "s", quote: "q", page: 3 }] }),
    withAttrs({ sources: [{ source: "s", quote: "x".repeat(401) }] }),
    withAttrs({ extra: { weight: 2, colour: "red", shown: true } }),
    withAttrs({ extra: { weight: null } }),
    withAttrs({ colour: "red" }),
    withAttrs({ note: "The source gives no month." }),
    withAttrs({ note: 3 }),
  ];
}

describe("fastNode and fastEdge", () => {
  it("give exactly what the schema gives for what they accept, and leave the rest to it", () => {
    let accepted = 0;
    const check = (fast: unknown, zod: { success: boolean; data?: unknown }) => {
      if (fast === null) return;
      accepted += 1;
      expect(zod.success).toBe(true);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    };
    for (const node of real.nodes)
      for (const v of variants(node)) check(fastNode(v), serializedNodeSchema.safeParse(v));
    for (const edge of real.edges)
      for (const v of variants(edge)) check(fastEdge(v), serializedEdgeSchema.safeParse(v));
    // Every item of the real dataset takes the fast path.
    expect(real.nodes.every((n) => fastNode(n) !== null)).toBe(true);
    expect(real.edges.every((e) => fastEdge(e) !== null)).toBe(true);
    expect(accepted).toBeGreaterThan(real.nodes.length + real.edges.length);
  });

  it("copies what it returns, so freezing the graph never freezes the caller's JSON", () => {
    const node = real.nodes[0]!;
    const parsed = fastNode(node)!;
    expect(parsed.attributes).not.toBe(node.attributes);
    expect(parsed.attributes.sources).not.toBe((node.attributes as { sources: unknown }).sources);
  });
});
