// Whatever JSON a user opens, loadDataset answers with a graph or a list of problems: it never
// throws, and never falls back on its last-resort "could not be read" (that would be a loader bug).
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadDataset, type LoadResult, type SourceTexts } from "../../src/model";
import { fixtureTexts, validDataset } from "./fixture";

const texts = fixtureTexts("valid");
const RUNS = 300;

function expectAnswer(result: LoadResult): void {
  expect(typeof result.ok).toBe("boolean");
  const problems = result.ok ? result.warnings : result.problems;
  if (!result.ok) expect(problems.some((p) => p.severity === "error")).toBe(true);
  for (const p of problems) {
    expect(typeof p.where).toBe("string");
    expect(typeof p.message).toBe("string");
    expect(p.message).not.toMatch(/^could not be read/);
  }
  if (result.ok) expect(result.graph.order).toBeGreaterThanOrEqual(0);
}

type Json = unknown;
type Path = (string | number)[];

function paths(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
}

type Mutation = { path: Path } & ({ op: "set"; value: Json } | { op: "delete" } | { op: "duplicate" });

function mutate(data: Json, m: Mutation): Json {
  if (m.path.length === 0) return m.op === "set" ? m.value : data;
  const parent = m.path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], data) as Record<
    string | number,
    Json
  >;
  const key = m.path[m.path.length - 1];
  if (m.op === "set") parent[key] = m.value;
  else if (m.op === "delete") {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key]));
  return data;
}

const allPaths = paths(validDataset());
const mutation: fc.Arbitrary<Mutation> = fc
  .record({
    path: fc.constantFrom(...allPaths),
    change: fc.oneof(
      fc.record({ op: fc.constant("set" as const), value: fc.jsonValue() }),
      fc.record({ op: fc.constantFrom("delete" as const, "duplicate" as const) }),
    ),
  })
  .map(({ path, change }) => ({ path, ...change }) as Mutation);

describe("loadDataset never throws", () => {
  it("on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectAnswer(loadDataset(JSON.parse(text), texts))),
      { numRuns: RUNS },
    );
  });

  it("on arbitrary values, with arbitrary source texts", () => {
    const sources = fc.dictionary(fc.string(), fc.string()) as fc.Arbitrary<SourceTexts>;
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true }), sources, (value, t) =>
        expectAnswer(loadDataset(value, t)),
      ),
      { numRuns: RUNS },
    );
  });

  it("on the valid fixture with one to four parts replaced, deleted or duplicated", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let data: Json = validDataset();
        for (const m of mutations) {
          try {
            data = mutate(data, m);
          } catch {
            // An earlier mutation removed this path's parent: nothing left to change here.
          }
        }
        expectAnswer(loadDataset(data, texts));
      }),
      { numRuns: RUNS },
    );
  });

  it("on keys and ids that collide with object internals", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const data = validDataset();
      data.nodes[0].key = key;
      data.nodes[1].attributes.sources = [{ source: key, quote: "UNICRI" }];
      data.edges[0].source = key;
      data.edges[1].attributes.relation = key;
      const result = loadDataset(JSON.parse(JSON.stringify(data)), texts);
      expectAnswer(result);
      expect(result.ok).toBe(false);
    }
  });
});
