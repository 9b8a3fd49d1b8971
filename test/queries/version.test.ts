import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { datasetVersion } from "../../src/queries/version";

const dataset = () =>
  JSON.parse(readFileSync(fileURLToPath(new URL("../../graph-data/veo-rehabilitation.json", import.meta.url)), "utf8"));

describe("datasetVersion", () => {
  it("is 8 hex characters, the same for the same content", () => {
    const v = datasetVersion(dataset());
    expect(v).toMatch(/^[0-9a-f]{8}$/);
    expect(datasetVersion(dataset())).toBe(v);
  });

  it("does not depend on the order of object keys", () => {
    expect(datasetVersion({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(datasetVersion({ b: { d: "x", c: [1, 2] }, a: 1 }));
  });

  it("changes when any fact changes, including a single character of a quote", () => {
    const json = dataset();
    const before = datasetVersion(json);
    json.nodes[0].attributes.sources[0].quote += ".";
    expect(datasetVersion(json)).not.toBe(before);
    expect(datasetVersion([1, 2])).not.toBe(datasetVersion([2, 1]));
    expect(datasetVersion({ a: "1" })).not.toBe(datasetVersion({ a: 1 }));
    expect(datasetVersion({ a: "ğ" })).not.toBe(datasetVersion({ a: "g" }));
  });
});
